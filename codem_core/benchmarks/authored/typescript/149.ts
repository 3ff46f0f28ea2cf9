//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function sortedListSum(lst: string[]): string[] {
//@@ solution
  let p = []
  for (let i = 0; i < lst.length; i++) {
    if (lst[i].length % 2 == 0) {
      p.push(lst[i])
    }
  }
  for (let j = p.length - 2; j >= 0; j--) {
    for (let k = 0; k <= j; k++) {
      let f = 0
      if (p[k].length > p[k + 1].length) { f = 1 }
      if (p[k].length == p[k + 1].length) {
        let r = p[k].length
        for (let l = 0; l < r; l++) {
          if (p[k][l].charCodeAt(0) > p[k + 1][l].charCodeAt(0)) {
            f = 1;
            break;
          }
          if (p[k][l].charCodeAt(0) < p[k + 1][l].charCodeAt(0)) {
            break;
          }
        }
      }
      if (f == 1) {
        let tmp = p[k]
        p[k] = p[k + 1]
        p[k + 1] = tmp
      }
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testSortedListSum = () => {
  assert.ok(
    JSON.stringify(sortedListSum(['aa', 'a', 'aaa'])) === JSON.stringify(['aa'])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['school', 'AI', 'asdf', 'b'])) ===
    JSON.stringify(['AI', 'asdf', 'school'])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['d', 'b', 'c', 'a'])) === JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['d', 'dcba', 'abcd', 'a'])) ===
    JSON.stringify(['abcd', 'dcba'])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['AI', 'ai', 'au'])) ===
    JSON.stringify(['AI', 'ai', 'au'])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['a', 'b', 'b', 'c', 'c', 'a'])) ===
    JSON.stringify([])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['aaaa', 'bbbb', 'dd', 'cc'])) ===
    JSON.stringify(['cc', 'dd', 'aaaa', 'bbbb'])
  )
}

testSortedListSum()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testSortedListSum = () => {
  assert.ok(
    JSON.stringify(sortedListSum(['aa', 'a', 'aaa'])) === JSON.stringify(['aa'])
  )
  assert.ok(
    JSON.stringify(sortedListSum(['ab', 'a', 'aaa', 'cd'])) ===
    JSON.stringify(['ab', 'cd'])
  )
}
testSortedListSum()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
