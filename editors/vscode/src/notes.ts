// The documents the server drafts as Markdown (workspace/executeCommand): the submission notes
// (提审说明) and the privacy declaration (用户隐私保护指引). The extension's commands ask for one
// and show it in a new untitled Markdown tab. Kept free of the vscode module so it has unit tests.

export interface NoteCommand {
  /** The extension's command (the palette entry). */
  id: string;
  /** The server's command (executeCommandProvider). The language client registers that id
   * itself, so the extension's own command needs another. */
  server: string;
}

export const NOTE_COMMANDS: NoteCommand[] = [
  { id: 'mpls.openSubmissionNotes', server: 'mpls.submissionNotes' },
  { id: 'mpls.openPrivacyDeclaration', server: 'mpls.privacyDeclaration' },
];

/** The server command's arguments: the active file (its mini-program), else none (every
 * mini-program of the workspace). An untitled or virtual document names no project. */
export function commandArguments(active: { scheme: string; uri: string } | undefined): string[] {
  return active && active.scheme === 'file' ? [active.uri] : [];
}

/** The Markdown of a server answer; anything else is an error to show. */
export function markdownOf(command: string, result: unknown): string {
  if (typeof result !== 'string' || result === '') {
    throw new Error(`${command} returned ${JSON.stringify(result)}, not Markdown`);
  }
  return result;
}
