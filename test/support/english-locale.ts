/**
 * rectrack speaks the user's language, told by --lang or the environment
 * (LC_ALL, LC_MESSAGES, LANG). The unit tests run it in-process and assert
 * its English sentences: whatever the locale of the machine running them,
 * they run in a neutral one. Tests of other languages pass --lang or an
 * environment of their own to main().
 */
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
process.env.LANG = "C.UTF-8";
