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
  statusWrongPane: "Este panel es para {expected}; lo abrió en {host}.",
  hostExcel: "Excel",
  hostWord: "Word",
  hostOther: "otra aplicación de Office",
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
  statusInHost: "Conectado a {host}.",
  criterion_specific: "Específica",
  criterion_measurable: "Medible",
  criterion_achievable: "Alcanzable",
  criterion_results: "Orientada a resultados",
  criterion_timebound: "Con plazo",
  criterion_solution: "Sugiere una solución",
  criterion_prioritised: "Prioridades, secuencia y riesgos",
  criterion_argued: "Argumentada",
  criterion_rootcause: "Atiende las causas de fondo",
  criterion_targeted: "Dirigida",
  guideTitle: "¿Qué es Double-SMART?",
  guideIntro:
    "Double-SMART es una lista de diez cualidades de una buena recomendación. El complemento lee cada recomendación a la luz de ellas e indica, para cada cualidad que no encontró, por qué y qué se podría añadir. No todas las recomendaciones necesitan las diez: decide quien revisa.",
  guideScore:
    "La puntuación cuenta las cualidades cumplidas, sobre 10. Para cada una que la revisión no encontró, quien revisa la acepta como cumplida, la mantiene como no cumplida o la marca como no aplicable (cuenta como cumplida). Estas decisiones cuentan en la puntuación enviada al registro.",
  guideExample: "Por ejemplo: {example}",
  guideBack: "Volver",
  guide_specific:
    "Pide una acción concreta, con un verbo y un objeto claros, en lugar de un deseo general como «mejorar las condiciones».",
  guideExample_specific: "«… entregar a cada persona un colchón y ropa de cama limpia al llegar.»",
  guide_measurable:
    "Alguien externo puede comprobar si se cumplió: un número, una frecuencia, un documento que presentar o una situación que existe o no.",
  guideExample_measurable:
    "«… realizar un simulacro de incendio en cada módulo cada seis meses y dejar constancia escrita.»",
  guide_achievable:
    "El órgano destinatario puede llevarla a cabo, dentro de sus competencias y medios, y la petición tiene límites (no «garantizar que nunca ocurra ningún incidente»).",
  guideExample_achievable:
    "«La autoridad sanitaria regional debería asignar una enfermera al centro de lunes a viernes.»",
  guide_results:
    "Dice qué debe cambiar para las personas privadas de libertad, y no solo la actividad que hay que realizar.",
  guideExample_results: "«… para que las mujeres puedan ver a una médica cuando lo pidan.»",
  guide_timebound:
    "Fija una fecha o un plazo, o pide que se haga de inmediato; «lo antes posible» no basta.",
  guideExample_timebound: "«… en un plazo de cuatro meses.»",
  guide_solution: "Sugiere cómo: un medio, un método o un ejemplo de manera de lograr el cambio.",
  guideExample_solution: "«… por ejemplo, abriendo también el patio por la tarde.»",
  guide_prioritised:
    "Indica qué es prioritario o urgente, el orden de los pasos, una medida provisional o un riesgo que vigilar.",
  guideExample_prioritised: "«Con carácter prioritario, y hasta que se abra el nuevo módulo, …»",
  guide_argued:
    "Da su razón: lo que se constató en la visita, o una norma o ley en la que se apoya.",
  guideExample_argued:
    "«Dado que tres personas habían esperado más de una semana para ver a un médico, …»",
  guide_rootcause:
    "Atiende la causa (normas, procedimientos, formación, personal, presupuesto, supervisión) o todos los lugares afectados, y no solo un síntoma.",
  guideExample_rootcause:
    "«… adoptar un procedimiento escrito para los registros y formar en él a todo el personal de custodia.»",
  guide_targeted:
    "Nombra a quién debe actuar: un ministerio, un servicio, una institución o el titular de un cargo, y no solo «las autoridades».",
  guideExample_targeted: "«La dirección del centro de prisión preventiva debería …»",
  help: "Ayuda",
  helpOpen: "Abrir la ayuda (nueva ventana)",
  firstRunDismiss: "Entendido",
  fileChoose: "Elegir un archivo…",
  fileNone: "Ningún archivo elegido.",
  firstRunLabel: "Para empezar",
  summaryAdded: "Añadidas",
  summaryUpdated: "Actualizadas",
  summaryUnchanged: "Sin cambios",
  summaryFlagged: "Para revisar",
  summaryCorrected: "Corregidas",
  summaryNextSteps: "A continuación",
};
