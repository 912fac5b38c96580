import path from 'node:path';
import type { Language } from '../../core/i18n/language';
import { fileText } from './file-strings';

/** The first line of any thrown value's message, for wrapping errors worded elsewhere (Node, exceljs). */
export function firstLine(error: unknown, language: Language = 'en'): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim() || fileText(language, 'reason.unknown');
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

/**
 * Why reading or writing `file` failed, in `language`: the system errors a person causes
 * (no such file or folder, a folder in its place, no permission) in words; any other as
 * the system says it (Node's messages are English only). Writing, a missing path is the
 * file's folder: the file itself is being created.
 */
export function fileSystemReason(error: unknown, file: string, access: 'read' | 'write', language: Language = 'en'): string {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    return access === 'read' ? fileText(language, 'reason.fileNotFound') : fileText(language, 'reason.folderNotFound', { folder: path.dirname(path.resolve(file)) });
  }
  if (code === 'EISDIR') return fileText(language, 'reason.isFolder');
  if (code === 'EACCES' || code === 'EPERM') return fileText(language, 'reason.permissionDenied');
  return firstLine(error, language);
}
