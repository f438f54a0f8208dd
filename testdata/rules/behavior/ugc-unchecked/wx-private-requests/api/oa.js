import { post } from './http'

// Forms the worker sends to the employer's approval chain.
export const submitApproval = (kind, fields) => post('/oa/flow/' + kind, fields)
