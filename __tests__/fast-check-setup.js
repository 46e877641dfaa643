// Every fast-check property starts from the seed the global setup chose and printed.
import fc from 'fast-check'

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 0) })
