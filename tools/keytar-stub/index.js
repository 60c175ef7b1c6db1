"use strict";
// Every call fails plainly instead of crashing at load time, so a tool that
// tries the OS keychain falls back to asking again.
function unavailable() {
  return Promise.reject(new Error("The OS keychain is not available to this project's tools (keytar is stubbed)."));
}
module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findPassword: unavailable,
  findCredentials: unavailable,
};
