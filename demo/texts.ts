/**
 * The demo page's own words (demo.html and its two frames), in the languages of the panes. The
 * panes inside keep their own catalogues; these only say what the page is.
 */
export type DemoLanguage = "en" | "fr" | "es";

export interface DemoTexts {
  title: string;
  intro: string;
  local: string;
  notOffice: string;
  wordHeading: string;
  wordSteps: string;
  wordFrame: string;
  excelHeading: string;
  excelSteps: string;
  excelFrame: string;
  reportLabel: string;
  reportNote: string;
  trackerLabel: string;
  trackerNote: string;
  sheetsLabel: string;
  emptySheet: string;
  downloadSample: string;
  recommendationTag: string;
  comments: string;
  moreRows: string;
}

const en: DemoTexts = {
  title: "Try the OPCAT Recommendation Tracker without Office",
  intro:
    "This page shows the add-in's two panes as they work in Word and in Excel, each beside a sample document. It is for trying the add-in, or showing it in a training, before it is installed in Office.",
  local:
    "Everything happens in this browser: the sample report and the sample workbook exist only in this page, nothing is sent anywhere, and reloading the page starts again from the beginning.",
  notOffice:
    "Word and Excel are imitated: the documents are shown in a simple way, and the workbook's formulas are shown as written, not calculated.",
  wordHeading: "Word: check the recommendations of a report",
  wordSteps:
    "Select Find and tag recommendations, then start the review: for each criterion the checker did not find met, accept it as met, keep it as not met, or mark it not applicable.",
  wordFrame: "The Word pane beside a sample report",
  excelHeading: "Excel: keep a tracker",
  excelSteps:
    "Create the tracker, then download the sample report and choose it in the pane's Import tab: its recommendations appear in the Recommendations sheet.",
  excelFrame: "The Excel pane beside a sample workbook",
  reportLabel: "Sample report (as Word would show it)",
  reportNote: "Click a paragraph to place the cursor there, as in Word.",
  trackerLabel: "Sample workbook (as Excel would show it)",
  trackerNote: "Formulas are shown as written.",
  sheetsLabel: "Sheets",
  emptySheet: "This sheet is empty.",
  downloadSample: "Download the sample report (.docx) to import",
  recommendationTag: "Tagged recommendation",
  comments: "Comments",
  moreRows: "The first {count} rows are shown.",
};

const fr: DemoTexts = {
  title: "Essayer l'outil de suivi des recommandations OPCAT sans Office",
  intro:
    "Cette page montre les deux volets du complément tels qu'ils fonctionnent dans Word et dans Excel, chacun à côté d'un document d'exemple. Elle sert à essayer le complément, ou à le présenter lors d'une formation, avant son installation dans Office.",
  local:
    "Tout se passe dans ce navigateur : le rapport et le classeur d'exemple n'existent que dans cette page, rien n'est envoyé nulle part, et recharger la page fait tout recommencer.",
  notOffice:
    "Word et Excel sont imités : les documents sont affichés simplement, et les formules du classeur sont affichées telles qu'écrites, sans être calculées.",
  wordHeading: "Word : vérifier les recommandations d'un rapport",
  wordSteps:
    "Choisissez Trouver et baliser les recommandations, puis commencez la relecture : pour chaque critère que le vérificateur n'a pas trouvé rempli, acceptez-le comme rempli, gardez-le comme non rempli ou marquez-le sans objet.",
  wordFrame: "Le volet Word à côté d'un rapport d'exemple",
  excelHeading: "Excel : tenir un tableau de suivi",
  excelSteps:
    "Créez le tableau de suivi, puis téléchargez le rapport d'exemple et choisissez-le dans l'onglet Importer du volet : ses recommandations apparaissent dans la feuille des recommandations.",
  excelFrame: "Le volet Excel à côté d'un classeur d'exemple",
  reportLabel: "Rapport d'exemple (comme Word l'afficherait)",
  reportNote: "Cliquez sur un paragraphe pour y placer le curseur, comme dans Word.",
  trackerLabel: "Classeur d'exemple (comme Excel l'afficherait)",
  trackerNote: "Les formules sont affichées telles qu'écrites.",
  sheetsLabel: "Feuilles",
  emptySheet: "Cette feuille est vide.",
  downloadSample: "Télécharger le rapport d'exemple (.docx) à importer",
  recommendationTag: "Recommandation balisée",
  comments: "Commentaires",
  moreRows: "Les {count} premières lignes sont affichées.",
};

const es: DemoTexts = {
  title: "Probar el seguimiento de recomendaciones OPCAT sin Office",
  intro:
    "Esta página muestra los dos paneles del complemento tal como funcionan en Word y en Excel, cada uno junto a un documento de ejemplo. Sirve para probar el complemento, o para presentarlo en una formación, antes de instalarlo en Office.",
  local:
    "Todo ocurre en este navegador: el informe y el libro de ejemplo solo existen en esta página, no se envía nada a ninguna parte, y al recargar la página todo vuelve a empezar.",
  notOffice:
    "Word y Excel se imitan: los documentos se muestran de forma sencilla y las fórmulas del libro se muestran tal como están escritas, sin calcularse.",
  wordHeading: "Word: revisar las recomendaciones de un informe",
  wordSteps:
    "Elija Buscar y etiquetar recomendaciones y empiece la revisión: para cada criterio que el verificador no encontró cumplido, acéptelo como cumplido, manténgalo como no cumplido o márquelo como no aplicable.",
  wordFrame: "El panel de Word junto a un informe de ejemplo",
  excelHeading: "Excel: llevar un registro de seguimiento",
  excelSteps:
    "Cree el registro, descargue el informe de ejemplo y elíjalo en la pestaña Importar del panel: sus recomendaciones aparecen en la hoja de recomendaciones.",
  excelFrame: "El panel de Excel junto a un libro de ejemplo",
  reportLabel: "Informe de ejemplo (como lo mostraría Word)",
  reportNote: "Haga clic en un párrafo para colocar el cursor allí, como en Word.",
  trackerLabel: "Libro de ejemplo (como lo mostraría Excel)",
  trackerNote: "Las fórmulas se muestran tal como están escritas.",
  sheetsLabel: "Hojas",
  emptySheet: "Esta hoja está vacía.",
  downloadSample: "Descargar el informe de ejemplo (.docx) para importarlo",
  recommendationTag: "Recomendación etiquetada",
  comments: "Comentarios",
  moreRows: "Se muestran las primeras {count} filas.",
};

export const DEMO_TEXTS: Record<DemoLanguage, DemoTexts> = { en, fr, es };

/** The browser's language among the panes' three, English otherwise (as the panes do outside Office). */
export function demoLanguage(locale: string): DemoLanguage {
  const code = locale.slice(0, 2).toLowerCase();
  return code === "fr" || code === "es" ? code : "en";
}

/** The Office display language the fake host reports, so the panes speak the page's language. */
export function officeLocale(language: DemoLanguage): string {
  return { en: "en-US", fr: "fr-FR", es: "es-ES" }[language];
}
