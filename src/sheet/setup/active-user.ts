/** The e-mail of the user running the script, `''` when Apps Script does not reveal it (consumer accounts, other domains). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch (_notAllowed) {
    return '';
  }
}
