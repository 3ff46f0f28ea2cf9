//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function antiShuffle(s: string): string {
//@@ solution
  let arr = s.split(/\s/)
  for (let i = 0; i < arr.length; i++) {
    for (let j = 0; j < arr[i].length; j++) {
      let ind = j
      for (let k = j + 1; k < arr[i].length; k++) {
        if (arr[i][k].charCodeAt(0) < arr[i][ind].charCodeAt(0)) {
          ind = k
        }
      }
      if (ind > j) {
        arr[i] = arr[i].slice(0, j) + arr[i][ind] + arr[i].slice(j + 1, ind) + arr[i][j] + arr[i].slice(ind + 1, arr[i].length)
      }
    }
  }
  let t = ''
  for (let i = 0; i < arr.length; i++) {
    if (i > 0) {
      t = t + ' '
    }
    t = t + arr[i]
  }
  return t
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testAntiShuffle = () => {
  assert.ok(antiShuffle('Hi') === 'Hi')
  assert.ok(antiShuffle('hello') === 'ehllo')
  assert.ok(antiShuffle('number') === 'bemnru')
  assert.ok(antiShuffle('abcd') === 'abcd')
  assert.ok(antiShuffle('Hello World!!!') === 'Hello !!!Wdlor')
  assert.ok(antiShuffle('') === '')
  assert.ok(
    antiShuffle('Hi. My name is Mister Robot. How are you?') ===
    '.Hi My aemn is Meirst .Rboot How aer ?ouy'
  )
}

testAntiShuffle()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testAntiShuffle = () => {
  assert.ok(antiShuffle('Hi') === 'Hi')
  assert.ok(antiShuffle('hello') === 'ehllo')
  assert.ok(antiShuffle('Hello World!!!') === 'Hello !!!Wdlor')
}
testAntiShuffle()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
