/**
 * Input the user must fix (a file that is not a .docx, a batch of the wrong
 * version, a workbook without the tracker table). The message is in the
 * user's words, one sentence, and is shown as it is: by the pane in a
 * message bar, by rectrack on one line with exit status 2.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
