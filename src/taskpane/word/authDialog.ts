import { runAuthPage } from "../../graph/auth";
import { languageFromLocale } from "../shared/i18n";
import { wordTranslator } from "./i18n";

/**
 * auth.html: the page the pane opens in an Office dialog when Office cannot
 * broker the sign-in itself (no nested app authentication), and the https
 * redirect URI of the app registration. See runAuthPage.
 */
const t = wordTranslator(languageFromLocale(navigator.language));
document.documentElement.lang = languageFromLocale(navigator.language);
document.title = t("signingIn");
const root = document.getElementById("root");
if (root) {
  const message = document.createElement("p");
  message.setAttribute("role", "status");
  message.style.font = "14px 'Segoe UI', system-ui, sans-serif";
  message.style.margin = "16px";
  message.textContent = t("signingIn");
  root.appendChild(message);
}
void runAuthPage();
