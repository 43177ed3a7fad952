import * as z from "zod";
import { httpUrlSchema } from "../fields.js";

/**
 * `livenessImages`: URLs of the liveness images (`/api/netverify/v2/scans/{ref}/images/liveness/N`).
 * Sent as a JSON array in one field; an integrator also posts it as repeated keys, one URL each
 * (captured Jumio callbacks in integrators' public test suites). The form decoder collects both into one array.
 */
export const livenessImagesSchema = z.array(httpUrlSchema).describe("URLs to the liveness images of the transaction (JPEG or PNG).");
