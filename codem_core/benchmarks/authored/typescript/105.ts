//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function byLength(arr: number[]): string[] {
//@@ solution
  let p = []
  for (let i = 0; i < arr.length; i++) {
    if (arr[i] > 0 && arr[i] < 10) { p.push(arr[i]) }
  }
  for (let j = 0; j < p.length; j++) {
    let ind = j
    for (let k = j + 1; k < p.length; k++) {
      if (p[k] > p[ind]) {
        ind = k
      }
    }
    if (ind > j) {
      let tmp = p[j]
      p[j] = p[ind]
      p[ind] = tmp
    }
  }
  let l = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine']
  let t = []
  for (let j = 0; j < p.length; j++) {
    t.push(l[p[j]-1])
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testByLength = () => {
  assert.ok(
    JSON.stringify(byLength([2, 1, 1, 4, 5, 8, 2, 3])) ===
    JSON.stringify([
      'Eight',
      'Five',
      'Four',
      'Three',
      'Two',
      'Two',
      'One',
      'One',
    ])
  )
  assert.ok(JSON.stringify(byLength([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(byLength([1, -1, 55])) === JSON.stringify(['One'])
  )
  assert.ok(
    JSON.stringify(byLength([1, -1, 3, 2])) ===
    JSON.stringify(['Three', 'Two', 'One'])
  )
  assert.ok(
    JSON.stringify(byLength([9, 4, 8])) ===
    JSON.stringify(['Nine', 'Eight', 'Four'])
  )
}

testByLength()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testByLength = () => {
  assert.ok(
    JSON.stringify(byLength([2, 1, 1, 4, 5, 8, 2, 3])) ===
    JSON.stringify([
      'Eight',
      'Five',
      'Four',
      'Three',
      'Two',
      'Two',
      'One',
      'One',
    ])
  )
  assert.ok(JSON.stringify(byLength([])) === JSON.stringify([]))
  assert.ok(
    JSON.stringify(byLength([1, -1, 55])) === JSON.stringify(['One'])
  )
}
testByLength()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: implicit global declared with let.
