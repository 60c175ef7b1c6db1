import type { Catalogue } from "./en";

export const es: Catalogue = {
  productName: "Seguimiento de recomendaciones OPCAT",
  excelPaneTitle: "Seguimiento de recomendaciones",
  wordPaneTitle: "Recomendaciones de este informe",
  statusLoading: "Conectando con Office…",
  statusOutsideOffice:
    "Funciona fuera de Office: abra esta página desde el complemento en Excel o Word para trabajar en un documento.",
  statusOfficeUnavailable:
    "No se pudo cargar Office (¿está sin conexión?). El panel funciona fuera de Office.",
  statusInHost: "Conectado a {host} ({platform}). Compatible: {sets}.",
  statusNoSets: "no se detectó ningún conjunto de requisitos",
  statusWrongPane: "Este panel es para {expected}; lo abrió en {host}.",
  hostExcel: "Excel",
  hostWord: "Word",
  hostOther: "otra aplicación de Office",
  platformUnknown: "plataforma desconocida",
  excelIntro:
    "Configure un libro de seguimiento, revise sus datos y haga el seguimiento de las recomendaciones.",
  wordIntro:
    "Encuentre las recomendaciones de este informe y compruébelas con los criterios Double-SMART.",
  previewLabel: "Recomendaciones que importar",
  previewSelectAll: "Importar todas",
  previewColumnImport: "Importar",
  previewColumnRecommendation: "Recomendación",
  previewColumnScore: "Double-SMART",
  previewColumnState: "En el seguimiento",
  previewImportOne: "Importar la recomendación {ref}",
  previewNoRef: "(sin número)",
  previewScore: "Puntuación Double-SMART {score} de 10",
  previewNoScore: "Sin puntuar",
  previewStateNew: "Nueva",
  previewStateUpdate: "Actualización",
  previewStateUnchanged: "Sin cambios",
  previewChanges: "Cambios: {columns}",
  previewTextChanged:
    "El texto difiere del que figura en el seguimiento, que se conserva salvo que lo sustituya.",
  previewReplaceText: "Sustituir el texto registrado",
  previewRepeat: "Se parece a una recomendación anterior, {ref} ({report}): «{text}»",
  previewConfirmRepeat: "Registrarla como repetición de {ref}",
  previewDuplicate: "Aparece dos veces en este informe: solo se importa la primera.",
  previewIdOfAnotherReport:
    "Su identificador ya es el de la fila {row} de otro informe («{report}»), como cuando un informe se guarda con otro nombre: se añade con un identificador nuevo y esa fila queda como está.",
  previewRowsWithoutId:
    "{count, plural, one {La fila {rows} de este informe no tiene identificador, así que queda como está} other {Las filas {rows} de este informe no tienen identificador, así que quedan como están}}; si una recomendación de abajo es una de ellas, devuelva primero su identificador a la fila, o se añadirá por segunda vez.",
  previewMissingColumn:
    "El libro de seguimiento no tiene columna para algunos de sus datos; no se escribirán.",
  previewDetailsLabel: "Lo que la importación escribe para la recomendación {ref}",
  previewFromReport: "leído en el informe",
  previewGuessed: "deducido",
  previewInTracker: "ya en el seguimiento",
  previewByYou: "introducido por usted",
  previewNotSet: "sin indicar",
  previewEditDetails: "Modificar los datos de la recomendación {ref}",
  previewDoneEditing: "Hecho",
  previewEditHint: "Lo que introduzca aquí se escribe, también en lugar del valor del seguimiento.",
  previewCandidate: "Posiblemente una recomendación",
  previewCandidateHint:
    "La búsqueda no está segura: marque la casilla para importarla si es una recomendación.",
  previewCandidates:
    "{count, plural, one {# posible recomendación aparece al final, sin marcar.} other {# posibles recomendaciones aparecen al final, sin marcar.}}",
  previewSelected:
    "{selected} de {total} {selected, plural, one {seleccionada} other {seleccionadas}}",
};
