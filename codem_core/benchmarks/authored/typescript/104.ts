//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function uniqueDigits(x: number[]): number[] {
//@@ solution
  let p = []
  for (let i = 0; i < x.length; i++) {
    let h = x[i]
    let boo = 1
    while (h > 0) {
      let r = h % 10
      if (r % 2 == 0) {
        boo = 0;
        break;
      }
      h = (h - r) / 10
    }
    if (boo) {
      p.push(x[i])
    }
  }
  for (let j = 0; j < p.length; j++) {
    let ind = j
    for (let k = j + 1; k < p.length; k++) {
      if (p[k] < p[ind]) {
        ind = k
      }
    }
    if (ind > j) {
      let tmp = p[j]
      p[j] = p[ind]
      p[ind] = tmp
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testUniqueDigits = () => {
  assert.ok(
    JSON.stringify(uniqueDigits([15, 33, 1422, 1])) ===
    JSON.stringify([1, 15, 33])
  )
  assert.ok(
    JSON.stringify(uniqueDigits([152, 323, 1422, 10])) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(uniqueDigits([12345, 2033, 111, 151])) ===
    JSON.stringify([111, 151])
  )
  assert.ok(
    JSON.stringify(uniqueDigits([135, 103, 31])) === JSON.stringify([31, 135])
  )
}

testUniqueDigits()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testUniqueDigits = () => {
  assert.ok(
    JSON.stringify(uniqueDigits([15, 33, 1422, 1])) ===
    JSON.stringify([1, 15, 33])
  )
  assert.ok(
    JSON.stringify(uniqueDigits([152, 323, 1422, 10])) === JSON.stringify([])
  )
}
testUniqueDigits()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
