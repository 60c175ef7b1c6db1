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
};
