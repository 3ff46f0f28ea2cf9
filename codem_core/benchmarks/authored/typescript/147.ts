//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function getMaxTriples(n: number): number {
//@@ solution
  let y = []
  for (let i = 1; i <= n; i++) {
    y.push(i * i - i + 1)
  }
  let u = 0
  for (let i = 0; i < n - 2; i++) {
    for (let j = i + 1; j < n - 1; j++) {
      for (let k = j + 1; k < n; k++) {
        if ((y[i] + y[j] + y[k]) % 3 == 0) { u++ }
      }
    }
  }
  return u
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testGetMaxTriples = () => {
  assert.ok(getMaxTriples(5) === 1)
  assert.ok(getMaxTriples(6) === 4)
  assert.ok(getMaxTriples(10) === 36)
  assert.ok(getMaxTriples(100) === 53361)
}

testGetMaxTriples()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testGetMaxTriples = () => {
  assert.ok(getMaxTriples(5) === 1)
}
testGetMaxTriples()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
