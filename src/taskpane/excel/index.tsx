import { mountPane } from "../shared/mountPane";
import { ExcelPane } from "./ExcelPane";

mountPane("excel", ExcelPane);
