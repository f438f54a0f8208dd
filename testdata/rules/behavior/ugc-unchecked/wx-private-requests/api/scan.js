import { upload } from './http'

// The server reads the card or document in the photo and sends back its
// fields; the photo is kept for the payroll office.
export const ocrCardNumber = (filePath) => upload('/scan/card', filePath)
export const recognizeIdFront = (filePath) => upload('/scan/id/front', filePath)
