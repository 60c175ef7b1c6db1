/* Where `npm start` records the dev server it started, so that `npm stop` can end it. */
const os = require("os");
const path = require("path");

module.exports = path.join(os.tmpdir(), "opcat-recommendation-tracker-dev-server.pid");
