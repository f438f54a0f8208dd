interface Filter {
  lt(limit: number): Filter
  in(values: number[]): Filter
}

type Stamp = ({ shift }?: { shift: number }) => number

const now: Stamp = (opts) => Date.now() + (opts ? opts.shift : 0)

Page({
  data: { at: now() },
  pick(f: Filter) {
    return f.lt(10).in([1, 2, 3])
  }
})
