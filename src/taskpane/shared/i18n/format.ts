/** The message syntax lives in core (one way to write a translated message everywhere); the panes use it from here. */
export * from "../../../core/language/message";
