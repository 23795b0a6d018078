/** Where the eval loop imports PySys_GetObject from (see sys.ts). */
export { PySys_GetObject } from "./sys.js";
