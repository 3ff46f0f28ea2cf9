//@@ header
//@@ helpers
//@@ doc_append
//@@ signature
function numericalLetterGrade(grades: number[]): string[] {
//@@ solution
  let letter_grade = []
  for (let i = 0, len = grades.length; i < len; i++) {
    let gpa = grades[i]
    if (gpa == 4.0) {
      letter_grade.push('A+')
    } else if (gpa > 3.7) {
      letter_grade.push('A')
    } else if (gpa > 3.3) {
      letter_grade.push('A-')
    } else if (gpa > 3.0) {
      letter_grade.push('B+')
    } else if (gpa > 2.7) {
      letter_grade.push('B')
    } else if (gpa > 2.3) {
      letter_grade.push('B-')
    } else if (gpa > 2.0) {
      letter_grade.push('C+')
    } else if (gpa > 1.7) {
      letter_grade.push('C')
    } else if (gpa > 1.3) {
      letter_grade.push('C-')
    } else if (gpa > 1.0) {
      letter_grade.push('D+')
    } else if (gpa > 0.7) {
      letter_grade.push('D')
    } else if (gpa > 0.0) {
      letter_grade.push('D-')
    } else {
      letter_grade.push('E')
    }
  }
  return letter_grade
}
//@@ test
declare var require: any;
const assert = require("node:assert");

const testNumericalLetterGrade = () => {
  assert.ok(
    JSON.stringify(numericalLetterGrade([4.0, 3, 1.7, 2, 3.5])) ===
    JSON.stringify(['A+', 'B', 'C-', 'C', 'A-'])
  )
  assert.ok(
    JSON.stringify(numericalLetterGrade([1.2])) === JSON.stringify(['D+'])
  )
  assert.ok(
    JSON.stringify(numericalLetterGrade([0.5])) === JSON.stringify(['D-'])
  )
  assert.ok(
    JSON.stringify(numericalLetterGrade([0.0])) === JSON.stringify(['E'])
  )
  assert.ok(
    JSON.stringify(numericalLetterGrade([1, 0.3, 1.5, 2.8, 3.3])) ===
    JSON.stringify(['D', 'D-', 'C-', 'B', 'B+'])
  )
  assert.ok(
    JSON.stringify(numericalLetterGrade([0, 0.7])) ===
    JSON.stringify(['E', 'D-'])
  )
}

testNumericalLetterGrade()

export {};
//@@ example_test
declare var require: any;
const assert = require("node:assert");

const testNumericalLetterGrade = () => {
  assert.ok(
    JSON.stringify(numericalLetterGrade([4.0, 3, 1.7, 2, 3.5])) ===
    JSON.stringify(['A+', 'B', 'C-', 'C', 'A-'])
  )
}
testNumericalLetterGrade()

export {};
//@@ notes
Solution and helpers: HumanEval-X JavaScript (Apache-2.0); test: HumanEval-X JS test, console.assert -> assert.ok.
Types seeded from MultiPL-E's prompt.
