//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function maxFill(grid: number[][], capacity: number): number {
//@@ solution
  let p = 0
  for (let i = 0; i < grid.length; i++) {
    let m = 0
    for (let j = 0; j < grid[i].length; j++) {
      if (grid[i][j] == 1) { m++ }
    }
    while (m > 0) {
      m -= capacity;
      p++;
    }
  }
  return p
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testMaxFill = () => {
  assert.ok(
    maxFill(
      [
        [0, 0, 1, 0],
        [0, 1, 0, 0],
        [1, 1, 1, 1],
      ],
      1
    ) === 6
  )
  assert.ok(
    maxFill(
      [
        [0, 0, 1, 1],
        [0, 0, 0, 0],
        [1, 1, 1, 1],
        [0, 1, 1, 1],
      ],
      2
    ) === 5
  )
  assert.ok(
    maxFill(
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
      5
    ) === 0
  )
  assert.ok(
    maxFill(
      [
        [1, 1, 1, 1],
        [1, 1, 1, 1],
      ],
      2
    ) === 4
  )
  assert.ok(
    maxFill(
      [
        [1, 1, 1, 1],
        [1, 1, 1, 1],
      ],
      9
    ) === 2
  )
}

testMaxFill()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testMaxFill = () => {
  assert.ok(
    maxFill(
      [
        [0, 0, 1, 0],
        [0, 1, 0, 0],
        [1, 1, 1, 1],
      ],
      1
    ) === 6
  )
  assert.ok(
    maxFill(
      [
        [0, 0, 1, 1],
        [0, 0, 0, 0],
        [1, 1, 1, 1],
        [0, 1, 1, 1],
      ],
      2
    ) === 5
  )
  assert.ok(
    maxFill(
      [
        [0, 0, 0],
        [0, 0, 0],
      ],
      5
    ) === 0
  )
}
testMaxFill()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
