/** The package's committed `generated/` folder (also inside the published package). */
export const generatedFolder: URL = new URL("../generated/", import.meta.url);
