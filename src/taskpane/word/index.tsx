import { mountPane } from "../shared/mountPane";
import { WordPane } from "./WordPane";

mountPane("word", WordPane);
