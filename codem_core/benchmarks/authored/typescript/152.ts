//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function compare(game: number[], guess: number[]): number[] {
//@@ solution
  for (let i = 0; i < guess.length; i++) {
    game[i] -= guess[i]
 if (game[i]<0)
 game[i]=-game[i];  }
  return game
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testCompare = () => {
  assert.ok(
    JSON.stringify(compare([1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 2, -2])) ===
    JSON.stringify([0, 0, 0, 0, 3, 3])
  )
  assert.ok(
    JSON.stringify(compare([0,5,0,0,0,4],[4,1,1,0,0,-2])) ===
    JSON.stringify([4,4,1,0,0,6])
  )
  assert.ok(
    JSON.stringify(compare([1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 2, -2])) ===
    JSON.stringify([0, 0, 0, 0, 3, 3])
  )
  assert.ok(
    JSON.stringify(compare([0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0])) ===
    JSON.stringify([0, 0, 0, 0, 0, 0])
  )
  assert.ok(
    JSON.stringify(compare([1, 2, 3], [-1, -2, -3])) ===
    JSON.stringify([2, 4, 6])
  )
  assert.ok(
    JSON.stringify(compare([1, 2, 3, 5], [-1, 2, 3, 4])) ===
    JSON.stringify([2, 0, 0, 1])
  )
}

testCompare()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testCompare = () => {
  assert.ok(
    JSON.stringify(compare([1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 2, -2])) ===
    JSON.stringify([0, 0, 0, 0, 3, 3])
  )
  assert.ok(
    JSON.stringify(compare([0,5,0,0,0,4],[4,1,1,0,0,-2])) ===
    JSON.stringify([4,4,1,0,0,6])
  )
}
testCompare()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
