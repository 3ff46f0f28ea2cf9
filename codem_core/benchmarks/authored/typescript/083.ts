//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function startsOneEnds(n: number): number {
//@@ solution
  if (n == 1) { return 1 }
  let t = 18
  for (let i = 2; i < n; i++) {
    t = t * 10
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testStartsOneEnds = () => {
  assert.ok(startsOneEnds(1) === 1)
  assert.ok(startsOneEnds(2) === 18)
  assert.ok(startsOneEnds(3) === 180)
  assert.ok(startsOneEnds(4) === 1800)
  assert.ok(startsOneEnds(5) === 18000)
}

testStartsOneEnds()

export {};
//@@ example_test
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
