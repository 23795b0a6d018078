/** Where the eval loop imports PyImport_Import from (see index.ts). */
export { PyImport_Import } from "./index.js";
