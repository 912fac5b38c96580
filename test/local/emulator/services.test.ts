import { ALICE, BOB, setup } from './helpers';

describe('PropertiesService', () => {
  it('stores strings per document, script and user, persisted in the model', () => {
    const { emu, g } = setup();
    const { PropertiesService } = g;
    emu.execute(ALICE, () => {
      PropertiesService.getDocumentProperties().setProperty('n', 5 as unknown as string).setProperties({ a: '1', b: '2' });
      PropertiesService.getUserProperties().setProperty('lang', 'en');
      PropertiesService.getScriptProperties().setProperty('v', '1');
    });
    emu.execute(BOB, () => {
      expect(PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
      PropertiesService.getUserProperties().setProperty('lang', 'fr');
      const doc = PropertiesService.getDocumentProperties();
      expect(doc.getProperty('n')).toBe('5');
      expect(doc.getKeys().sort()).toEqual(['a', 'b', 'n']);
      doc.deleteProperty('a');
      expect(doc.getProperties()).toEqual({ b: '2', n: '5' });
      doc.setProperties({ only: 'x' }, true);
      expect(doc.getProperties()).toEqual({ only: 'x' });
    });
    expect(emu.toModel().properties).toEqual({
      document: { only: 'x' },
      script: { v: '1' },
      user: { 'alice@example.com': { lang: 'en' }, 'bob@example.com': { lang: 'fr' } },
    });
    PropertiesService.getScriptProperties().deleteAllProperties();
    expect(emu.toModel().properties.script).toEqual({});
  });
});

describe('LockService', () => {
  it('acquires, reports and releases locks', () => {
    const { emu, g } = setup();
    emu.execute(ALICE, () => {
      const lock = g.LockService.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      lock.waitLock(1000);
      expect(lock.hasLock()).toBe(true);
      expect(g.LockService.getDocumentLock().tryLock(10)).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  it('makes waitLock time out and tryLock fail while another process holds the lock', () => {
    const { emu, g } = setup();
    emu.locks.holdDocumentLock('other');
    emu.execute(ALICE, () => {
      expect(g.LockService.getDocumentLock().tryLock(100)).toBe(false);
      expect(() => g.LockService.getDocumentLock().waitLock(100)).toThrow('Lock timeout: another process was holding the lock for too long.');
      expect(g.LockService.getScriptLock().tryLock(100)).toBe(true);
    });
    emu.locks.release('other');
    emu.execute(ALICE, () => expect(g.LockService.getDocumentLock().tryLock(100)).toBe(true));
  });

  it('releases every lock of an execution when it ends, even when it throws', () => {
    const { emu, g } = setup();
    expect(() =>
      emu.execute(ALICE, () => {
        g.LockService.getDocumentLock().waitLock(1);
        g.LockService.getUserLock().waitLock(1);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(emu.locks.isHeld('document')).toBe(false);
    expect(emu.locks.isHeld('user:alice@example.com')).toBe(false);
  });

  it('blocks a nested execution while the outer one holds the lock', () => {
    const { emu, g } = setup();
    emu.execute(ALICE, () => {
      g.LockService.getDocumentLock().waitLock(1);
      emu.execute(BOB, () => expect(g.LockService.getDocumentLock().tryLock(1)).toBe(false));
      expect(g.LockService.getDocumentLock().hasLock()).toBe(false);
    });
  });
});

describe('Session', () => {
  it('reports the current execution user, locale and script time zone', () => {
    const { emu, g } = setup({ scriptTimeZone: 'America/New_York' });
    const seen = emu.execute(BOB, () => [
      g.Session.getActiveUser().getEmail(),
      g.Session.getEffectiveUser().getEmail(),
      g.Session.getActiveUserLocale(),
      g.Session.getScriptTimeZone(),
    ]).value;
    expect(seen).toEqual(['bob@example.com', 'bob@example.com', 'fr', 'America/New_York']);
    const keyA = emu.execute(ALICE, () => g.Session.getTemporaryActiveUserKey()).value;
    const keyB = emu.execute(BOB, () => g.Session.getTemporaryActiveUserKey()).value;
    expect(keyA).not.toBe(keyB);
    expect(emu.execute(ALICE, () => g.Session.getTemporaryActiveUserKey()).value).toBe(keyA);
    expect(emu.execute({ ...ALICE, user: '' }, () => g.Session.getActiveUser().getEmail()).value).toBe('');
  });
});

describe('Utilities, ScriptApp, Logger and console', () => {
  it('formats and parses dates with Java patterns in a time zone', () => {
    const { g } = setup();
    const d = new Date(Date.UTC(2024, 0, 15, 13, 5));
    expect(g.Utilities.formatDate(d, 'Etc/UTC', 'yyyy-MM-dd HH:mm')).toBe('2024-01-15 13:05');
    expect(g.Utilities.parseDate('2024-01-15 13:05', 'Etc/UTC', 'yyyy-MM-dd HH:mm').getTime()).toBe(d.getTime());
  });

  it('formats strings, makes uuids and base64', () => {
    const { emu, g } = setup();
    expect(g.Utilities.formatString('%s has %d deals (%.1f%%) %05d|%-4s|', 'Ann', 3.7, 42.25, 42, 'x')).toBe('Ann has 3 deals (42.3%) 00042|x   |');
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(g.Utilities.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(g.Utilities.base64Decode('aMOpbGxv')).toEqual([104, -61, -87, 108, 108, 111]);
    g.Utilities.sleep(1000);
    expect(emu.calls.count('Utilities.sleep')).toBe(1);
    expect(String(g.ScriptApp.AuthMode.CUSTOM_FUNCTION)).toBe('CUSTOM_FUNCTION');
  });

  it('records Logger and console lines quietly', () => {
    const { emu, g } = setup();
    g.Logger.log('n=%s', 3);
    g.console.warn('careful', { a: 1 });
    expect(emu.logs).toEqual([
      { source: 'Logger', level: 'log', message: 'n=3' },
      { source: 'console', level: 'warn', message: 'careful {"a":1}' },
    ]);
  });
});
