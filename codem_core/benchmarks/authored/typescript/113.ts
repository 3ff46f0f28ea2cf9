//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function oddCount(lst: string[]): string[] {
//@@ solution
  let d = []
  for (let i = 0; i < lst.length; i++) {
    let p = 0;
    let h = lst[i].length
    for (let j = 0; j < h; j++) {
      if (lst[i][j].charCodeAt(0) % 2 == 1) { p++ }
    }
    let ps = p.toString()
    d.push('the number of odd elements ' + ps + 'n the str' + ps + 'ng ' + ps + ' of the ' + ps + 'nput.')
  }
  return d
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testOddCount = () => {
  assert.ok(
    JSON.stringify(oddCount(['1234567'])) ===
    JSON.stringify([
      'the number of odd elements 4n the str4ng 4 of the 4nput.',
    ])
  )
  assert.ok(JSON.stringify(
    oddCount(['3', '11111111'])) ===
    JSON.stringify([
      'the number of odd elements 1n the str1ng 1 of the 1nput.',
      'the number of odd elements 8n the str8ng 8 of the 8nput.',
    ])
  )
  assert.ok(
    JSON.stringify(oddCount(['271', '137', '314'])) ===
    JSON.stringify([
      'the number of odd elements 2n the str2ng 2 of the 2nput.',
      'the number of odd elements 3n the str3ng 3 of the 3nput.',
      'the number of odd elements 2n the str2ng 2 of the 2nput.',
    ])
  )
}

testOddCount()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testOddCount = () => {
  assert.ok(
    JSON.stringify(oddCount(['1234567'])) ===
    JSON.stringify([
      'the number of odd elements 4n the str4ng 4 of the 4nput.',
    ])
  )
  assert.ok(JSON.stringify(
    oddCount(['3', '11111111'])) ===
    JSON.stringify([
      'the number of odd elements 1n the str1ng 1 of the 1nput.',
      'the number of odd elements 8n the str8ng 8 of the 8nput.',
    ])
  )
}
testOddCount()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
Hand fix: .charCodeAt() -> .charCodeAt(0) (same value; TypeScript requires the index).
Hand fix: number variable no longer reassigned to a string.
