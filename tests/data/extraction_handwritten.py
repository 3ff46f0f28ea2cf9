"""Hand-written extraction cases (tricky shapes, and C/TypeScript prompts written by hand).

Each row: id, language, prompt, entry_point, reply, expected_completion (compared modulo
whitespace; for Python modulo blank lines and trailing spaces), optional expected_method
(prefix of Extraction.method), code_found, and optional test: code appended after
``prompt + completion`` that must compile/run and pass (C/C++/JS/TS/Python: a program;
Java: a ``Main`` class; Go: a ``TestX`` function in HumanEval-X style).
"""

# ----------------------------------------------------------------------------------------
# C (prompts written by hand in HumanEval style)

C_SUM_PROMPT = """#include <stdio.h>
#include <stdlib.h>

/*
Return the sum of the even elements of arr (n elements).
>>> sum_even({1, 2, 3, 4}, 4)
6
*/
int sum_even(const int *arr, int n) {
"""
C_SUM_TEST = """
#include <assert.h>
int main(void) {
    int a[] = {1, 2, 3, 4};
    assert(sum_even(a, 4) == 6);
    int b[] = {7, 9};
    assert(sum_even(b, 2) == 0);
    assert(sum_even(a, 0) == 0);
    return 0;
}
"""
C_SUM_BODY = """    int total = 0;
    for (int i = 0; i < n; i++) {
        if (arr[i] % 2 == 0) {
            total += arr[i];
        }
    }
    return total;
}
"""

C_REV_PROMPT = """#include <string.h>
#include <stdlib.h>

/*
Reverse the string s in place and return it.
>>> reverse_str("abc")
"cba"
*/
char *reverse_str(char *s) {
"""
C_REV_TEST = """
#include <assert.h>
int main(void) {
    char a[] = "abc";
    assert(strcmp(reverse_str(a), "cba") == 0);
    char b[] = "";
    assert(strcmp(reverse_str(b), "") == 0);
    char c[] = "{ab}";
    assert(strcmp(reverse_str(c), "}ba{") == 0);
    return 0;
}
"""

C_SORT_PROMPT = """#include <stdlib.h>

/*
Sort arr (n elements) in ascending order and return its median (the lower one when n is even).
>>> median_int({3, 1, 2}, 3)
2
*/
int median_int(int *arr, int n) {
"""
C_SORT_TEST = """
#include <assert.h>
int main(void) {
    int a[] = {3, 1, 2};
    assert(median_int(a, 3) == 2);
    int b[] = {4, 1, 3, 2};
    assert(median_int(b, 4) == 2);
    return 0;
}
"""

C_PRIME_PROMPT = """#include <stdio.h>
#include <stdbool.h>

/*
Count the prime numbers strictly below n.
>>> count_primes(10)
4
*/
int count_primes(int n) {
"""
C_PRIME_TEST = """
#include <assert.h>
int main(void) {
    assert(count_primes(10) == 4);
    assert(count_primes(2) == 0);
    assert(count_primes(30) == 10);
    return 0;
}
"""

C_VOWEL_PROMPT = """#include <stdio.h>
#include <ctype.h>

/*
Count the vowels (a, e, i, o, u, either case) in s.
>>> count_vowels("Hello")
2
*/
int count_vowels(const char *s) {
"""
C_VOWEL_TEST = """
#include <assert.h>
int main(void) {
    assert(count_vowels("Hello") == 2);
    assert(count_vowels("") == 0);
    assert(count_vowels("AEIOU xyz") == 5);
    return 0;
}
"""

C_MAX_PROMPT = """#include <stdio.h>

/*
Return the largest element of arr (n >= 1 elements).
>>> max_element({1, 5, 3}, 3)
5
*/
int max_element(int arr[], int n) {
"""
C_MAX_TEST = """
#include <assert.h>
int main(void) {
    int a[] = {1, 5, 3};
    assert(max_element(a, 3) == 5);
    int b[] = {-4, -2, -9};
    assert(max_element(b, 3) == -2);
    return 0;
}
"""

C_FIB_PROMPT = """#include <stdio.h>

/*
Return the n-th Fibonacci number (fib(0) = 0, fib(1) = 1).
>>> fib(10)
55
*/
long long fib(int n) {
"""
C_FIB_TEST = """
#include <assert.h>
int main(void) {
    assert(fib(0) == 0);
    assert(fib(1) == 1);
    assert(fib(10) == 55);
    assert(fib(50) == 12586269025LL);
    return 0;
}
"""

C_BRACKETS_PROMPT = """#include <string.h>

/*
Return 1 if every opening bracket in s ('(', '[' or '{') has a matching closing bracket, else 0.
>>> balanced("{[()]}")
1
*/
int balanced(const char *s) {
"""
C_BRACKETS_TEST = """
#include <assert.h>
int main(void) {
    assert(balanced("{[()]}") == 1);
    assert(balanced("{[(])}") == 0);
    assert(balanced("") == 1);
    assert(balanced("((") == 0);
    return 0;
}
"""

HANDWRITTEN_C = [
    {
        "id": "c-continuation-prose",
        "language": "c",
        "prompt": C_SUM_PROMPT,
        "entry_point": "sum_even",
        "reply": C_SUM_BODY + "\nThis function loops over the array and adds the even values.\n",
        "expected_completion": C_SUM_BODY,
        "expected_method": "continuation",
        "test": C_SUM_TEST,
    },
    {
        "id": "c-fenced-program-main",
        "language": "c",
        "prompt": C_SUM_PROMPT,
        "entry_point": "sum_even",
        "reply": "Here is the complete program:\n\n```c\n#include <stdio.h>\n#include <stdlib.h>\n\nint sum_even(const int *arr, int n) {\n"
        + C_SUM_BODY
        + '\nint main() {\n    int arr[] = {1, 2, 3, 4};\n    printf("%d\\n", sum_even(arr, 4));\n    return 0;\n}\n```\n\nOutput:\n```\n6\n```\n',
        "expected_completion": C_SUM_BODY,
        "expected_method": "fenced-definition",
        "test": C_SUM_TEST,
    },
    {
        "id": "c-braces-in-strings-and-chars",
        "language": "c",
        "prompt": C_REV_PROMPT,
        "entry_point": "reverse_str",
        "reply": "```c\nchar *reverse_str(char *s) {\n    /* swap from both ends; a '}' in a comment must not end the function */\n    size_t len = strlen(s);\n    const char *unused = \"}{ \\\" }\";\n    (void)unused;\n    for (size_t i = 0; i < len / 2; i++) {\n        char tmp = s[i];\n        s[i] = s[len - 1 - i];\n        s[len - 1 - i] = tmp;\n    }\n    if (len && s[0] == '}') { /* '{' */ }\n    return s;\n}\n```\n",
        "expected_completion": "    /* swap from both ends; a '}' in a comment must not end the function */\n    size_t len = strlen(s);\n    const char *unused = \"}{ \\\" }\";\n    (void)unused;\n    for (size_t i = 0; i < len / 2; i++) {\n        char tmp = s[i];\n        s[i] = s[len - 1 - i];\n        s[len - 1 - i] = tmp;\n    }\n    if (len && s[0] == '}') { /* '{' */ }\n    return s;\n}\n",
        "test": C_REV_TEST,
    },
    {
        "id": "c-static-helper-before",
        "language": "c",
        "prompt": C_SORT_PROMPT,
        "entry_point": "median_int",
        "reply": "We can sort with `qsort` and a comparison function:\n\n```c\n#include <stdlib.h>\n\nstatic int cmp_int(const void *a, const void *b) {\n    int x = *(const int *)a;\n    int y = *(const int *)b;\n    return (x > y) - (x < y);\n}\n\nint median_int(int *arr, int n) {\n    qsort(arr, n, sizeof(int), cmp_int);\n    return arr[(n - 1) / 2];\n}\n```\n",
        "expected_completion": "    int cmp_int(const void *a, const void *b);\n    qsort(arr, n, sizeof(int), cmp_int);\n    return arr[(n - 1) / 2];\n}\n\nint cmp_int(const void *a, const void *b) {\n    int x = *(const int *)a;\n    int y = *(const int *)b;\n    return (x > y) - (x < y);\n}\n",
        "test": C_SORT_TEST,
    },
    {
        "id": "c-helper-after-continuation",
        "language": "c",
        "prompt": C_PRIME_PROMPT,
        "entry_point": "count_primes",
        "reply": "    int count = 0;\n    for (int i = 2; i < n; i++) {\n        if (is_prime(i)) count++;\n    }\n    return count;\n}\n\nbool is_prime(int x) {\n    if (x < 2) return false;\n    for (int d = 2; d * d <= x; d++)\n        if (x % d == 0) return false;\n    return true;\n}\n\nint main() {\n    printf(\"%d\\n\", count_primes(10));\n}\n```\n",
        "expected_completion": "    bool is_prime(int x);\n    int count = 0;\n    for (int i = 2; i < n; i++) {\n        if (is_prime(i)) count++;\n    }\n    return count;\n}\n\nbool is_prime(int x) {\n    if (x < 2) return false;\n    for (int d = 2; d * d <= x; d++)\n        if (x % d == 0) return false;\n    return true;\n}\n",
        "expected_method": "continuation",
        "test": C_PRIME_TEST,
    },
    {
        "id": "c-define-before",
        "language": "c",
        "prompt": C_VOWEL_PROMPT,
        "entry_point": "count_vowels",
        "reply": "```c\n#include <ctype.h>\n#define IS_VOWEL(c) ((c) == 'a' || (c) == 'e' || (c) == 'i' || (c) == 'o' || (c) == 'u')\n\nint count_vowels(const char *s) {\n    int n = 0;\n    for (; *s; s++) {\n        if (IS_VOWEL(tolower((unsigned char)*s))) n++;\n    }\n    return n;\n}\n```",
        "expected_completion": "#define IS_VOWEL(c) ((c) == 'a' || (c) == 'e' || (c) == 'i' || (c) == 'o' || (c) == 'u')\n    int n = 0;\n    for (; *s; s++) {\n        if (IS_VOWEL(tolower((unsigned char)*s))) n++;\n    }\n    return n;\n}\n",
        "test": C_VOWEL_TEST,
    },
    {
        "id": "c-struct-before-adapter",
        "language": "c",
        "prompt": C_MAX_PROMPT,
        "entry_point": "max_element",
        "reply": "I'll use a small struct to track the running maximum.\n\n```c\ntypedef struct {\n    int value;\n    int index;\n} Best;\n\nint max_element(int arr[], int n) {\n    Best b = {arr[0], 0};\n    for (int i = 1; i < n; i++) {\n        if (arr[i] > b.value) { b.value = arr[i]; b.index = i; }\n    }\n    return b.value;\n}\n```\n",
        "expected_completion": "    int max_element__codem(int arr[], int n);\n    return max_element__codem(arr, n);\n}\n\ntypedef struct {\n    int value;\n    int index;\n} Best;\nint max_element__codem(int arr[], int n) {\n    Best b = {arr[0], 0};\n    for (int i = 1; i < n; i++) {\n        if (arr[i] > b.value) { b.value = arr[i]; b.index = i; }\n    }\n    return b.value;\n}\n",
        "expected_method": "fenced-definition+adapter",
        "test": C_MAX_TEST,
    },
    {
        "id": "c-unclosed-fence-cpp-tag",
        "language": "c",
        "prompt": C_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "```cpp\nlong long fib(int n) {\n    long long a = 0, b = 1;\n    for (int i = 0; i < n; i++) {\n        long long t = a + b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n",
        "expected_completion": "    long long a = 0, b = 1;\n    for (int i = 0; i < n; i++) {\n        long long t = a + b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n",
        "expected_method": "fenced-definition",
        "test": C_FIB_TEST,
    },
    {
        "id": "c-renamed-params-adapter",
        "language": "c",
        "prompt": C_MAX_PROMPT,
        "entry_point": "max_element",
        "reply": "```c\nint max_element(int *a, int len) {\n    int m = a[0];\n    for (int i = 1; i < len; ++i)\n        if (a[i] > m)\n            m = a[i];\n    return m;\n}\n```",
        "expected_completion": "    int max_element__codem(int *a, int len);\n    return max_element__codem(arr, n);\n}\n\nint max_element__codem(int *a, int len) {\n    int m = a[0];\n    for (int i = 1; i < len; ++i)\n        if (a[i] > m)\n            m = a[i];\n    return m;\n}\n",
        "expected_method": "fenced-definition+adapter",
        "test": C_MAX_TEST,
    },
    {
        "id": "c-stack-chars-in-body",
        "language": "c",
        "prompt": C_BRACKETS_PROMPT,
        "entry_point": "balanced",
        "reply": "    char stack[256];\n    int top = 0;\n    for (const char *p = s; *p; p++) {\n        char c = *p;\n        if (c == '(' || c == '[' || c == '{') {\n            stack[top++] = c;\n        } else if (c == ')' || c == ']' || c == '}') {\n            if (top == 0) return 0;\n            char o = stack[--top];\n            if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return 0;\n        }\n    }\n    return top == 0;\n}\n\nThe stack holds the open brackets; a '}' must match a '{'.",
        "expected_completion": "    char stack[256];\n    int top = 0;\n    for (const char *p = s; *p; p++) {\n        char c = *p;\n        if (c == '(' || c == '[' || c == '{') {\n            stack[top++] = c;\n        } else if (c == ')' || c == ']' || c == '}') {\n            if (top == 0) return 0;\n            char o = stack[--top];\n            if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return 0;\n        }\n    }\n    return top == 0;\n}\n",
        "expected_method": "continuation",
        "test": C_BRACKETS_TEST,
    },
    {
        "id": "c-multi-block-usage-first",
        "language": "c",
        "prompt": C_PRIME_PROMPT,
        "entry_point": "count_primes",
        "reply": "Usage:\n\n```c\nprintf(\"%d\\n\", count_primes(10)); // 4\n```\n\nImplementation (sieve of Eratosthenes):\n\n```c\n#include <stdlib.h>\n#include <string.h>\n\nint count_primes(int n) {\n    if (n < 3) return 0;\n    char *composite = calloc(n, 1);\n    int count = 0;\n    for (int i = 2; i < n; i++) {\n        if (!composite[i]) {\n            count++;\n            for (long long j = (long long)i * i; j < n; j += i) composite[j] = 1;\n        }\n    }\n    free(composite);\n    return count;\n}\n```\n",
        "expected_completion": "    if (n < 3) return 0;\n    char *composite = calloc(n, 1);\n    int count = 0;\n    for (int i = 2; i < n; i++) {\n        if (!composite[i]) {\n            count++;\n            for (long long j = (long long)i * i; j < n; j += i) composite[j] = 1;\n        }\n    }\n    free(composite);\n    return count;\n}\n",
        "expected_method": "fenced-definition",
        "test": C_PRIME_TEST.replace("#include <assert.h>", "#include <assert.h>\n#include <stdlib.h>"),
    },
    {
        "id": "c-refusal-no-code",
        "language": "c",
        "prompt": C_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "I'm sorry, but I can't help with that request without more details about the expected output format.",
        "expected_completion": "I'm sorry, but I can't help with that request without more details about the expected output format.",
        "expected_method": "no-code",
        "code_found": False,
    },
    {
        "id": "c-crlf-continuation-then-main",
        "language": "c",
        "prompt": C_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "    if (n < 2) return n;\r\n    long long prev = 0, cur = 1;\r\n    while (--n) {\r\n        long long next = prev + cur;\r\n        prev = cur;\r\n        cur = next;\r\n    }\r\n    return cur;\r\n}\r\n\r\nint main(void) {\r\n    printf(\"%lld\\n\", fib(10));\r\n    return 0;\r\n}\r\n",
        "expected_completion": "    if (n < 2) return n;\n    long long prev = 0, cur = 1;\n    while (--n) {\n        long long next = prev + cur;\n        prev = cur;\n        cur = next;\n    }\n    return cur;\n}\n",
        "expected_method": "continuation",
        "test": C_FIB_TEST,
    },
]

# ----------------------------------------------------------------------------------------
# TypeScript (MultiPL-E and mxeval prompt styles; solutions written by hand)

TS_STRLEN_PROMPT = '//Return length of given string\n// >>> strlen("")\n// 0\n// >>> strlen("abc")\n// 3\nfunction strlen(string: string): number {\n'
TS_STRLEN_TEST = '\ndeclare var require: any;\nconst assert = require("node:assert");\nassert.deepEqual(strlen(""), 0);\nassert.deepEqual(strlen("x{}"), 3);\n'

TS_CLOSE_PROMPT = """/**
 * Check if in given list of numbers, are any two numbers closer to each other than
 * given threshold.
 * >>> has_close_elements([1.0, 2.0, 3.0], 0.5)
 * False
 */
const has_close_elements = function (numbers: Array<number>, threshold: number) : boolean  {
"""
TS_CLOSE_TEST = """
declare var require: any;
const assert = require("node:assert");
assert.deepEqual(has_close_elements([1.0, 2.0, 3.0], 0.5), false);
assert.deepEqual(has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3), true);
"""
TS_CLOSE_BODY = """    for (let i = 0; i < numbers.length; i++) {
        for (let j = i + 1; j < numbers.length; j++) {
            if (Math.abs(numbers[i] - numbers[j]) < threshold) {
                return true;
            }
        }
    }
    return false;
}
"""

TS_WORDS_PROMPT = """//Count how many times each word occurs in the sentence (words are separated by spaces).
// >>> word_count("a b a")
// {"a": 2, "b": 1}
function word_count(sentence: string): {[key: string]: number} {
"""
TS_WORDS_TEST = """
declare var require: any;
const assert = require("node:assert");
assert.deepEqual(word_count("a b a"), {"a": 2, "b": 1});
assert.deepEqual(word_count(""), {});
"""

TS_PAIRS_PROMPT = """//Return the pairs [min, max] of each inner list.
// >>> min_max([[3, 1, 2], [5]])
// [[1, 3], [5, 5]]
function min_max(lists: number[][]): [number, number][] {
"""
TS_PAIRS_TEST = """
declare var require: any;
const assert = require("node:assert");
assert.deepEqual(min_max([[3, 1, 2], [5]]), [[1, 3], [5, 5]]);
assert.deepEqual(min_max([]), []);
"""

TS_TEMPLATE_PROMPT = """//Format a list of names as "Hello, {name}!" lines joined by newlines.
// >>> greet(["Ann"])
// "Hello, {Ann}!"
function greet(names: string[]): string {
"""
TS_TEMPLATE_TEST = """
declare var require: any;
const assert = require("node:assert");
assert.deepEqual(greet(["Ann"]), "Hello, {Ann}!");
assert.deepEqual(greet(["A", "B"]), "Hello, {A}!\\nHello, {B}!");
"""

TS_DIGITS_PROMPT = """//Return the sum of the digits in the string (other characters are ignored).
// >>> digit_sum("a1b2{3}")
// 6
function digit_sum(s: string): number {
"""
TS_DIGITS_TEST = """
declare var require: any;
const assert = require("node:assert");
assert.deepEqual(digit_sum("a1b2{3}"), 6);
assert.deepEqual(digit_sum("none"), 0);
"""

TS_SORT_PROMPT = """//Sort the people by age (ascending), then by name, and return their names.
// >>> sort_people([{name: "b", age: 2}, {name: "a", age: 2}, {name: "c", age: 1}])
// ["c", "a", "b"]
function sort_people(people: {name: string, age: number}[]): string[] {
"""
TS_SORT_TEST = """
declare var require: any;
const assert = require("node:assert");
assert.deepEqual(sort_people([{name: "b", age: 2}, {name: "a", age: 2}, {name: "c", age: 1}]), ["c", "a", "b"]);
"""

HANDWRITTEN_TS = [
    {
        "id": "ts-continuation-plain",
        "language": "typescript",
        "prompt": TS_STRLEN_PROMPT,
        "entry_point": "strlen",
        "reply": "  return string.length;\n}\n\nconsole.log(strlen(\"abc\"));\n",
        "expected_completion": "  return string.length;\n}\n",
        "expected_method": "continuation",
        "test": TS_STRLEN_TEST,
    },
    {
        "id": "ts-fenced-function-mxeval-style",
        "language": "typescript",
        "prompt": TS_CLOSE_PROMPT,
        "entry_point": "has_close_elements",
        "reply": "Here is the TypeScript implementation:\n\n```typescript\nconst has_close_elements = function (numbers: Array<number>, threshold: number): boolean {\n"
        + TS_CLOSE_BODY
        + "```\n\nIt compares every pair of numbers.",
        "expected_completion": TS_CLOSE_BODY,
        "expected_method": "fenced-definition",
        "test": TS_CLOSE_TEST,
    },
    {
        "id": "ts-function-decl-for-const-prompt",
        "language": "typescript",
        "prompt": TS_CLOSE_PROMPT,
        "entry_point": "has_close_elements",
        "reply": "```ts\nfunction has_close_elements(numbers: number[], threshold: number): boolean {\n"
        + TS_CLOSE_BODY
        + "\nexport default has_close_elements;\n```",
        "expected_completion": TS_CLOSE_BODY,
        "expected_method": "fenced-definition",
        "test": TS_CLOSE_TEST,
    },
    {
        "id": "ts-index-signature-return-type",
        "language": "typescript",
        "prompt": TS_WORDS_PROMPT,
        "entry_point": "word_count",
        "reply": "```typescript\nfunction word_count(sentence: string): {[key: string]: number} {\n    const counts: {[key: string]: number} = {};\n    for (const w of sentence.split(\" \")) {\n        if (w === \"\") continue;\n        counts[w] = (counts[w] ?? 0) + 1;\n    }\n    return counts;\n}\n```\n",
        "expected_completion": "    const counts: {[key: string]: number} = {};\n    for (const w of sentence.split(\" \")) {\n        if (w === \"\") continue;\n        counts[w] = (counts[w] ?? 0) + 1;\n    }\n    return counts;\n}\n",
        "expected_method": "fenced-definition",
        "test": TS_WORDS_TEST,
    },
    {
        "id": "ts-interface-and-helper-before",
        "language": "typescript",
        "prompt": TS_PAIRS_PROMPT,
        "entry_point": "min_max",
        "reply": "Let's define a small interface and a helper first.\n\n```typescript\ninterface Range {\n  lo: number;\n  hi: number;\n}\n\nfunction rangeOf(xs: number[]): Range {\n  return { lo: Math.min(...xs), hi: Math.max(...xs) };\n}\n\nexport function min_max(lists: number[][]): [number, number][] {\n  return lists.map((xs) => {\n    const r = rangeOf(xs);\n    return [r.lo, r.hi] as [number, number];\n  });\n}\n\nconsole.log(min_max([[3, 1, 2], [5]]));\n```\n",
        "expected_completion": "  return lists.map((xs) => {\n    const r = rangeOf(xs);\n    return [r.lo, r.hi] as [number, number];\n  });\n}\n\ninterface Range {\n  lo: number;\n  hi: number;\n}\nfunction rangeOf(xs: number[]): Range {\n  return { lo: Math.min(...xs), hi: Math.max(...xs) };\n}\n",
        "expected_method": "fenced-definition",
        "test": TS_PAIRS_TEST,
    },
    {
        "id": "ts-template-literal-braces",
        "language": "typescript",
        "prompt": TS_TEMPLATE_PROMPT,
        "entry_point": "greet",
        "reply": "  return names.map((n) => `Hello, {${n}}!`).join(\"\\n\");\n}\n\nThe template literal `Hello, {${n}}!` puts each name in braces.",
        "expected_completion": "  return names.map((n) => `Hello, {${n}}!`).join(\"\\n\");\n}\n",
        "expected_method": "continuation",
        "test": TS_TEMPLATE_TEST,
    },
    {
        "id": "ts-regex-with-braces",
        "language": "typescript",
        "prompt": TS_DIGITS_PROMPT,
        "entry_point": "digit_sum",
        "reply": "```typescript\nfunction digit_sum(s: string): number {\n  const cleaned = s.replace(/[^0-9]|[{}]/g, \"\");\n  let total = 0;\n  for (const ch of cleaned) {\n    total += Number(ch);\n  }\n  return total;\n}\n```",
        "expected_completion": "  const cleaned = s.replace(/[^0-9]|[{}]/g, \"\");\n  let total = 0;\n  for (const ch of cleaned) {\n    total += Number(ch);\n  }\n  return total;\n}\n",
        "test": TS_DIGITS_TEST,
    },
    {
        "id": "ts-arrow-expression-body",
        "language": "typescript",
        "prompt": TS_STRLEN_PROMPT,
        "entry_point": "strlen",
        "reply": "A one-liner does it:\n\n```ts\nconst strlen = (string: string): number => string.length;\n```",
        "expected_completion": "  return string.length;\n}\n",
        "expected_method": "fenced-definition",
        "test": TS_STRLEN_TEST,
    },
    {
        "id": "ts-object-type-param",
        "language": "typescript",
        "prompt": TS_SORT_PROMPT,
        "entry_point": "sort_people",
        "reply": "```typescript\ntype Person = { name: string; age: number };\n\nfunction sort_people(people: {name: string, age: number}[]): string[] {\n  const copy: Person[] = [...people];\n  copy.sort((a, b) => a.age - b.age || a.name.localeCompare(b.name));\n  return copy.map((p) => p.name);\n}\n```\n\nExample:\n```typescript\nsort_people([{ name: \"b\", age: 2 }]);\n```\n",
        "expected_completion": "  const copy: Person[] = [...people];\n  copy.sort((a, b) => a.age - b.age || a.name.localeCompare(b.name));\n  return copy.map((p) => p.name);\n}\n\ntype Person = { name: string; age: number };\n",
        "expected_method": "fenced-definition",
        "test": TS_SORT_TEST,
    },
    {
        "id": "ts-javascript-tag-unclosed",
        "language": "typescript",
        "prompt": TS_DIGITS_PROMPT,
        "entry_point": "digit_sum",
        "reply": "```javascript\nfunction digit_sum(s) {\n  let total = 0;\n  for (const ch of s) {\n    if (ch >= '0' && ch <= '9') total += ch.charCodeAt(0) - 48;\n  }\n  return total;\n}",
        "expected_completion": "  let total = 0;\n  for (const ch of s) {\n    if (ch >= '0' && ch <= '9') total += ch.charCodeAt(0) - 48;\n  }\n  return total;\n}\n",
        "expected_method": "fenced-definition",
        "test": TS_DIGITS_TEST,
    },
    {
        "id": "ts-renamed-param-adapter",
        "language": "typescript",
        "prompt": TS_STRLEN_PROMPT,
        "entry_point": "strlen",
        "reply": "```typescript\nfunction strlen(s: string): number {\n  let n = 0;\n  for (const _ of s) n++;\n  return n;\n}\n```",
        "expected_completion": "    return strlen__codem(string);\n}\n\nfunction strlen__codem(s: string): number {\n  let n = 0;\n  for (const _ of s) n++;\n  return n;\n}\n",
        "expected_method": "fenced-definition+adapter",
        "test": TS_STRLEN_TEST,
    },
    {
        "id": "ts-helper-after-continuation",
        "language": "typescript",
        "prompt": TS_PAIRS_PROMPT,
        "entry_point": "min_max",
        "reply": "  return lists.map(pairOf);\n}\n\nfunction pairOf(xs: number[]): [number, number] {\n  let lo = Infinity, hi = -Infinity;\n  for (const x of xs) { lo = Math.min(lo, x); hi = Math.max(hi, x); }\n  return [lo, hi];\n}\n\n// Test\nconsole.log(min_max([[1, 2]]));\n",
        "expected_completion": "  return lists.map(pairOf);\n}\n\nfunction pairOf(xs: number[]): [number, number] {\n  let lo = Infinity, hi = -Infinity;\n  for (const x of xs) { lo = Math.min(lo, x); hi = Math.max(hi, x); }\n  return [lo, hi];\n}\n",
        "expected_method": "continuation",
        "test": TS_PAIRS_TEST,
    },
]

# ----------------------------------------------------------------------------------------
# Python

PY_PROMPT = '''from typing import List


def running_max(numbers: List[int]) -> List[int]:
    """ Return the running maximum of the list.
    >>> running_max([1, 3, 2, 5])
    [1, 3, 3, 5]
    """
'''
PY_TEST = """

def check(candidate):
    assert candidate([1, 3, 2, 5]) == [1, 3, 3, 5]
    assert candidate([]) == []
    assert candidate([-1, -2]) == [-1, -1]

check(running_max)
"""
PY_FIB_PROMPT = '''

def fib(n: int) -> int:
    """Return n-th Fibonacci number.
    >>> fib(10)
    55
    """
'''
PY_FIB_TEST = """

def check(candidate):
    assert candidate(10) == 55
    assert candidate(1) == 1
    assert candidate(60) == 1548008755920

check(fib)
"""

HANDWRITTEN_PY = [
    {
        "id": "py-nested-def-continuation",
        "language": "python",
        "prompt": PY_PROMPT,
        "entry_point": "running_max",
        "reply": "    def step(acc, x):\n        acc.append(x if not acc else max(acc[-1], x))\n        return acc\n\n    result = []\n    for x in numbers:\n        step(result, x)\n    return result\n\n\nprint(running_max([1, 3, 2, 5]))\n",
        "expected_completion": "    def step(acc, x):\n        acc.append(x if not acc else max(acc[-1], x))\n        return acc\n\n    result = []\n    for x in numbers:\n        step(result, x)\n    return result\n",
        "expected_method": "continuation",
        "test": PY_TEST,
    },
    {
        "id": "py-decorated-entry-adapter",
        "language": "python",
        "prompt": PY_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "Use memoisation:\n\n```python\nfrom functools import lru_cache\n\n@lru_cache(maxsize=None)\ndef fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(10))  # 55\n```\n",
        "expected_completion": "    pass\n\n\nfrom functools import lru_cache\n\n\n@lru_cache(maxsize=None)\ndef fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
        "expected_method": "fenced-definition+adapter",
        "test": PY_FIB_TEST,
    },
    {
        "id": "py-helper-before-entry",
        "language": "python",
        "prompt": PY_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "```python\ndef _mat_mult(a, b):\n    return [[a[0][0]*b[0][0] + a[0][1]*b[1][0], a[0][0]*b[0][1] + a[0][1]*b[1][1]],\n            [a[1][0]*b[0][0] + a[1][1]*b[1][0], a[1][0]*b[0][1] + a[1][1]*b[1][1]]]\n\n\ndef fib(n: int) -> int:\n    \"\"\"Return n-th Fibonacci number.\"\"\"\n    result = [[1, 0], [0, 1]]\n    base = [[1, 1], [1, 0]]\n    while n:\n        if n & 1:\n            result = _mat_mult(result, base)\n        base = _mat_mult(base, base)\n        n >>= 1\n    return result[0][1]\n```",
        "expected_completion": "    result = [[1, 0], [0, 1]]\n    base = [[1, 1], [1, 0]]\n    while n:\n        if n & 1:\n            result = _mat_mult(result, base)\n        base = _mat_mult(base, base)\n        n >>= 1\n    return result[0][1]\n\n\ndef _mat_mult(a, b):\n    return [[a[0][0]*b[0][0] + a[0][1]*b[1][0], a[0][0]*b[0][1] + a[0][1]*b[1][1]],\n            [a[1][0]*b[0][0] + a[1][1]*b[1][0], a[1][0]*b[0][1] + a[1][1]*b[1][1]]]\n",
        "expected_method": "fenced-definition",
        "test": PY_FIB_TEST,
    },
    {
        "id": "py-two-space-indent-docstring-repeated",
        "language": "python",
        "prompt": PY_PROMPT,
        "entry_point": "running_max",
        "reply": "```python\ndef running_max(numbers):\n  \"\"\"Return the running maximum.\n\nNo indentation inside the docstring.\n  \"\"\"\n  out = []\n  best = None\n  for x in numbers:\n    best = x if best is None else max(best, x)\n    out.append(best)\n  return out\n```",
        # the base indentation is moved to the prompt's; inner levels keep their own width
        "expected_completion": "    out = []\n    best = None\n    for x in numbers:\n      best = x if best is None else max(best, x)\n      out.append(best)\n    return out\n",
        "expected_method": "fenced-definition",
        "test": PY_TEST,
    },
    {
        "id": "py-continuation-docstring-then-helper-after",
        "language": "python",
        "prompt": PY_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "    \"\"\"Return n-th Fibonacci number.\n    >>> fib(10)\n    55\n    \"\"\"\n    return _fib_pair(n)[0]\n\n\ndef _fib_pair(n):\n    if n == 0:\n        return (0, 1)\n    a, b = _fib_pair(n // 2)\n    c = a * (2 * b - a)\n    d = a * a + b * b\n    return (d, c + d) if n % 2 else (c, d)\n\n\ndef test_fib():\n    assert fib(10) == 55\n\n\nif __name__ == \"__main__\":\n    test_fib()\n",
        "expected_completion": "    return _fib_pair(n)[0]\n\n\ndef _fib_pair(n):\n    if n == 0:\n        return (0, 1)\n    a, b = _fib_pair(n // 2)\n    c = a * (2 * b - a)\n    d = a * a + b * b\n    return (d, c + d) if n % 2 else (c, d)\n",
        "expected_method": "continuation",
        "test": PY_FIB_TEST,
    },
    {
        "id": "py-renamed-param-adapter",
        "language": "python",
        "prompt": PY_PROMPT,
        "entry_point": "running_max",
        "reply": "```python\nfrom itertools import accumulate\n\ndef running_max(nums):\n    return list(accumulate(nums, max))\n```",
        "expected_completion": "    pass\n\n\nfrom itertools import accumulate\n\n\ndef running_max(nums):\n    return list(accumulate(nums, max))\n",
        "expected_method": "fenced-definition+adapter",
        "test": PY_TEST,
    },
    {
        "id": "py-fence-string-inside-code",
        "language": "python",
        "prompt": PY_PROMPT,
        "entry_point": "running_max",
        "reply": "Here you go:\n```python\ndef running_max(numbers: List[int]) -> List[int]:\n    marker = \"def running_max(x): {\"  # not a definition\n    out: List[int] = []\n    for x in numbers:\n        out.append(x if not out else max(out[-1], x))\n    return out\n```\nDone.",
        "expected_completion": "    marker = \"def running_max(x): {\"  # not a definition\n    out: List[int] = []\n    for x in numbers:\n        out.append(x if not out else max(out[-1], x))\n    return out\n",
        "expected_method": "fenced-definition",
        "test": PY_TEST,
    },
    {
        "id": "py-prose-only",
        "language": "python",
        "prompt": PY_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "The Fibonacci numbers grow exponentially, so an iterative approach is best.\nYou should loop n times and keep the last two values.",
        "expected_completion": "The Fibonacci numbers grow exponentially, so an iterative approach is best.\nYou should loop n times and keep the last two values.",
        "expected_method": "no-code",
        "code_found": False,
    },
    {
        "id": "py-prose-then-unfenced-program",
        "language": "python",
        "prompt": PY_PROMPT,
        "entry_point": "running_max",
        "reply": "Here is the solution:\n\nfrom itertools import accumulate\n\ndef running_max(numbers: List[int]) -> List[int]:\n    return list(accumulate(numbers, max))\n\nThe accumulate function applies max cumulatively.\n",
        "expected_completion": "    return list(accumulate(numbers, max))\n\n\nfrom itertools import accumulate\n",
        "expected_method": "raw-definition",
        "test": PY_TEST,
    },
    {
        "id": "py-leetcode-class-adapter",
        "language": "python",
        "prompt": PY_PROMPT,
        "entry_point": "running_max",
        "reply": "```python\nclass Solution:\n    def running_max(self, numbers: List[int]) -> List[int]:\n        out = []\n        for x in numbers:\n            out.append(max(out[-1], x) if out else x)\n        return out\n```",
        "expected_completion": "    return Solution().running_max(numbers)\n\n\nclass Solution:\n    def running_max(self, numbers: List[int]) -> List[int]:\n        out = []\n        for x in numbers:\n            out.append(max(out[-1], x) if out else x)\n        return out\n",
        "expected_method": "fenced-definition+adapter",
        "test": PY_TEST,
    },
    {
        "id": "py-body-only-block",
        "language": "python",
        "prompt": PY_FIB_PROMPT,
        "entry_point": "fib",
        "reply": "Complete the function with:\n\n```python\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n```\n",
        "expected_completion": "    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
        "expected_method": "fenced-body",
        "test": PY_FIB_TEST,
    },
]

# ----------------------------------------------------------------------------------------
# JavaScript

JS_PROMPT = """/* Return the words of the sentence in reverse order.
  >>> reverseWords('a b c')
  'c b a'
  */
const reverseWords = (sentence) => {
"""
JS_TEST = """
const assert = require('assert');
assert.deepStrictEqual(reverseWords('a b c'), 'c b a');
assert.deepStrictEqual(reverseWords('one'), 'one');
"""
JS_COUNT_PROMPT = """/* Count the characters of s that are '{' or '}'.
  >>> countBraces('{a}')
  2
  */
const countBraces = (s) => {
"""
JS_COUNT_TEST = """
const assert = require('assert');
assert.deepStrictEqual(countBraces('{a}'), 2);
assert.deepStrictEqual(countBraces('x'), 0);
assert.deepStrictEqual(countBraces('}}{'), 3);
"""

HANDWRITTEN_JS = [
    {
        "id": "js-function-decl-and-usage",
        "language": "javascript",
        "prompt": JS_PROMPT,
        "entry_point": "reverseWords",
        "reply": "```javascript\nfunction reverseWords(sentence) {\n  return sentence.split(' ').reverse().join(' ');\n}\n\nconsole.log(reverseWords('a b c')); // 'c b a'\nmodule.exports = { reverseWords };\n```",
        "expected_completion": "  return sentence.split(' ').reverse().join(' ');\n}\n",
        "expected_method": "fenced-definition",
        "test": JS_TEST,
    },
    {
        "id": "js-arrow-expression-body",
        "language": "javascript",
        "prompt": JS_PROMPT,
        "entry_point": "reverseWords",
        "reply": "```js\nconst reverseWords = (sentence) => sentence.split(' ').reverse().join(' ');\n```\nThis uses `split`, `reverse` and `join`.",
        "expected_completion": "  return sentence.split(' ').reverse().join(' ');\n}\n",
        "expected_method": "fenced-definition",
        "test": JS_TEST,
    },
    {
        "id": "js-braces-in-regex-string-template",
        "language": "javascript",
        "prompt": JS_COUNT_PROMPT,
        "entry_point": "countBraces",
        "reply": "  const matches = s.match(/[{}]/g) || [];\n  const note = `found ${matches.length} of '{' or '}'`;\n  void note;\n  return matches.length;\n};\n\nconsole.log(countBraces('{a}'));\n",
        "expected_completion": "  const matches = s.match(/[{}]/g) || [];\n  const note = `found ${matches.length} of '{' or '}'`;\n  void note;\n  return matches.length;\n}\n",
        "expected_method": "continuation",
        "test": JS_COUNT_TEST,
    },
    {
        "id": "js-helper-const-before",
        "language": "javascript",
        "prompt": JS_COUNT_PROMPT,
        "entry_point": "countBraces",
        "reply": "Sure:\n\n```javascript\nconst BRACES = new Set(['{', '}']);\n\nconst isBrace = (c) => BRACES.has(c);\n\nconst countBraces = (s) => {\n  let n = 0;\n  for (const c of s) {\n    if (isBrace(c)) n++;\n  }\n  return n;\n};\n```",
        "expected_completion": "  let n = 0;\n  for (const c of s) {\n    if (isBrace(c)) n++;\n  }\n  return n;\n}\n\nconst BRACES = new Set(['{', '}']);\nconst isBrace = (c) => BRACES.has(c);\n",
        "expected_method": "fenced-definition",
        "test": JS_COUNT_TEST,
    },
    {
        "id": "js-two-solutions-first-wins",
        "language": "javascript",
        "prompt": JS_PROMPT,
        "entry_point": "reverseWords",
        "reply": "Solution 1:\n```javascript\nconst reverseWords = (sentence) => {\n  const words = sentence.split(' ');\n  const out = [];\n  for (let i = words.length - 1; i >= 0; i--) out.push(words[i]);\n  return out.join(' ');\n};\n```\nSolution 2 (shorter):\n```javascript\nconst reverseWords = (s) => s.split(' ').reverse().join(' ');\n```",
        "expected_completion": "  const words = sentence.split(' ');\n  const out = [];\n  for (let i = words.length - 1; i >= 0; i--) out.push(words[i]);\n  return out.join(' ');\n}\n",
        "expected_method": "fenced-definition",
        "test": JS_TEST,
    },
    {
        "id": "js-continuation-stray-fence-and-prose",
        "language": "javascript",
        "prompt": JS_COUNT_PROMPT,
        "entry_point": "countBraces",
        "reply": "  let count = 0;\n  for (let i = 0; i < s.length; i++) {\n    if (s[i] === '{' || s[i] === '}') {\n      count += 1;\n    }\n  }\n  return count;\n}\n```\n\nThe loop checks each character; a `'}'` inside a string does not close the function.",
        "expected_completion": "  let count = 0;\n  for (let i = 0; i < s.length; i++) {\n    if (s[i] === '{' || s[i] === '}') {\n      count += 1;\n    }\n  }\n  return count;\n}\n",
        "expected_method": "continuation",
        "test": JS_COUNT_TEST,
    },
    {
        "id": "js-export-function",
        "language": "javascript",
        "prompt": JS_PROMPT,
        "entry_point": "reverseWords",
        "reply": "```javascript\nexport function reverseWords(sentence) {\n  return sentence\n    .split(' ')\n    .reverse()\n    .join(' ');\n}\n```",
        "expected_completion": "  return sentence\n    .split(' ')\n    .reverse()\n    .join(' ');\n}\n",
        "expected_method": "fenced-definition",
        "test": JS_TEST,
    },
]

# ----------------------------------------------------------------------------------------
# C++

CPP_PROMPT = """/*
Return the number of distinct words in the sentence (separated by spaces).
>>> distinct_words("a b a")
2
*/
#include<stdio.h>
#include<string>
using namespace std;
int distinct_words(string s){
"""
CPP_TEST = """
#undef NDEBUG
#include<assert.h>
int main(){
    assert (distinct_words("a b a")==2);
    assert (distinct_words("")==0);
    assert (distinct_words("x {y} x")==2);
}
"""

HANDWRITTEN_CPP = [
    {
        "id": "cpp-extra-include-and-main",
        "language": "cpp",
        "prompt": CPP_PROMPT,
        "entry_point": "distinct_words",
        "reply": "```cpp\n#include <iostream>\n#include <set>\n#include <sstream>\n#include <string>\nusing namespace std;\n\nint distinct_words(string s) {\n    set<string> seen;\n    stringstream ss(s);\n    string w;\n    while (ss >> w) seen.insert(w);\n    return seen.size();\n}\n\nint main() {\n    cout << distinct_words(\"a b a\") << endl;\n    return 0;\n}\n```",
        "expected_completion": "    set<string> seen;\n    stringstream ss(s);\n    string w;\n    while (ss >> w) seen.insert(w);\n    return seen.size();\n}\n",
        "expected_method": "fenced-definition",
        "test": CPP_TEST,
        "expected_imports": ["#include <iostream>", "#include <set>", "#include <sstream>", "#include <string>"],
    },
    {
        "id": "cpp-helper-before-with-prototype",
        "language": "cpp",
        "prompt": CPP_PROMPT,
        "entry_point": "distinct_words",
        "reply": "```cpp\nvector<string> split_words(const string& s) {\n    vector<string> out;\n    string cur;\n    for (char c : s) {\n        if (c == ' ') { if (!cur.empty()) out.push_back(cur); cur.clear(); }\n        else cur += c;\n    }\n    if (!cur.empty()) out.push_back(cur);\n    return out;\n}\n\nint distinct_words(string s) {\n    vector<string> w = split_words(s);\n    sort(w.begin(), w.end());\n    return unique(w.begin(), w.end()) - w.begin();\n}\n```",
        "expected_completion": "    vector<string> split_words(const string& s);\n    vector<string> w = split_words(s);\n    sort(w.begin(), w.end());\n    return unique(w.begin(), w.end()) - w.begin();\n}\n\nvector<string> split_words(const string& s) {\n    vector<string> out;\n    string cur;\n    for (char c : s) {\n        if (c == ' ') { if (!cur.empty()) out.push_back(cur); cur.clear(); }\n        else cur += c;\n    }\n    if (!cur.empty()) out.push_back(cur);\n    return out;\n}\n",
        "expected_method": "fenced-definition",
        "test": CPP_TEST,
    },
    {
        "id": "cpp-template-helper-adapter",
        "language": "cpp",
        "prompt": CPP_PROMPT,
        "entry_point": "distinct_words",
        "reply": "```cpp\n#include <set>\n\ntemplate <typename T>\nint count_unique(const vector<T>& v) {\n    return set<T>(v.begin(), v.end()).size();\n}\n\nint distinct_words(string s) {\n    vector<string> words;\n    string cur;\n    for (char c : s + \" \") {\n        if (c == ' ') { if (!cur.empty()) words.push_back(cur); cur = \"\"; }\n        else cur += c;\n    }\n    return count_unique(words);\n}\n```",
        "expected_completion": "    int distinct_words__codem(string s);\n    return distinct_words__codem(s);\n}\n\n#include <set>\ntemplate <typename T>\nint count_unique(const vector<T>& v) {\n    return set<T>(v.begin(), v.end()).size();\n}\nint distinct_words__codem(string s) {\n    vector<string> words;\n    string cur;\n    for (char c : s + \" \") {\n        if (c == ' ') { if (!cur.empty()) words.push_back(cur); cur = \"\"; }\n        else cur += c;\n    }\n    return count_unique(words);\n}\n",
        "expected_method": "fenced-definition+adapter",
        "test": CPP_TEST,
    },
    {
        "id": "cpp-continuation-braces-in-literals",
        "language": "cpp",
        "prompt": CPP_PROMPT,
        "entry_point": "distinct_words",
        "reply": "    // words may contain '{' or \"}\" characters\n    vector<string> seen;\n    string cur = \"\";\n    s += ' ';\n    for (char c : s) {\n        if (c == ' ') {\n            if (cur != \"\" && find(seen.begin(), seen.end(), cur) == seen.end()) seen.push_back(cur);\n            cur = \"\";\n        } else {\n            cur += c;\n        }\n    }\n    return seen.size();\n}\n\nint main() {\n    printf(\"%d\\n\", distinct_words(\"a b a\"));\n}\n",
        "expected_completion": "    // words may contain '{' or \"}\" characters\n    vector<string> seen;\n    string cur = \"\";\n    s += ' ';\n    for (char c : s) {\n        if (c == ' ') {\n            if (cur != \"\" && find(seen.begin(), seen.end(), cur) == seen.end()) seen.push_back(cur);\n            cur = \"\";\n        } else {\n            cur += c;\n        }\n    }\n    return seen.size();\n}\n",
        "expected_method": "continuation",
        "test": CPP_TEST,
    },
    {
        "id": "cpp-prose-then-unfenced-function",
        "language": "cpp",
        "prompt": CPP_PROMPT,
        "entry_point": "distinct_words",
        "reply": "Sure, here's how you can do it:\n\nint distinct_words(string s){\n    vector<string> seen;\n    string cur;\n    for (size_t i = 0; i <= s.size(); i++) {\n        if (i == s.size() || s[i] == ' ') {\n            if (!cur.empty() && find(seen.begin(), seen.end(), cur) == seen.end()) seen.push_back(cur);\n            cur.clear();\n        } else cur += s[i];\n    }\n    return seen.size();\n}\n\nIt keeps the words seen so far in a vector.",
        "expected_completion": "    vector<string> seen;\n    string cur;\n    for (size_t i = 0; i <= s.size(); i++) {\n        if (i == s.size() || s[i] == ' ') {\n            if (!cur.empty() && find(seen.begin(), seen.end(), cur) == seen.end()) seen.push_back(cur);\n            cur.clear();\n        } else cur += s[i];\n    }\n    return seen.size();\n}\n",
        "expected_method": "raw-definition",
        "test": CPP_TEST,
    },
    {
        "id": "cpp-class-solution-leetcode-style-no-entry",
        "language": "cpp",
        "prompt": CPP_PROMPT,
        "entry_point": "distinct_words",
        "reply": "Explanation first: we put every word in a set and return its size.\n\nThis approach is O(n log n).",
        "expected_completion": "Explanation first: we put every word in a set and return its size.\n\nThis approach is O(n log n).",
        "expected_method": "no-code",
        "code_found": False,
    },
]

# ----------------------------------------------------------------------------------------
# Java

JAVA_PROMPT = """import java.util.*;
import java.lang.*;

class Solution {
    /**
    Return the words of the sentence sorted by length, then alphabetically.
    >>> sortWords("bb a ccc")
    ["a", "bb", "ccc"]
     */
    public List<String> sortWords(String sentence) {
"""
JAVA_TEST = """
public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        if (!s.sortWords("bb a ccc").equals(Arrays.asList("a", "bb", "ccc"))) throw new AssertionError(1);
        if (!s.sortWords("b a").equals(Arrays.asList("a", "b"))) throw new AssertionError(2);
    }
}
"""

HANDWRITTEN_JAVA = [
    {
        "id": "java-stream-imports-helper-main",
        "language": "java",
        "prompt": JAVA_PROMPT,
        "entry_point": "sortWords",
        "reply": "Here is the full class:\n\n```java\nimport java.util.*;\nimport java.util.stream.Collectors;\n\npublic class Solution {\n    private static final Comparator<String> BY_LENGTH = Comparator.comparingInt(String::length);\n\n    private List<String> words(String s) {\n        return Arrays.stream(s.split(\" \")).filter(w -> !w.isEmpty()).collect(Collectors.toList());\n    }\n\n    public List<String> sortWords(String sentence) {\n        List<String> ws = words(sentence);\n        ws.sort(BY_LENGTH.thenComparing(Comparator.naturalOrder()));\n        return ws;\n    }\n\n    public static void main(String[] args) {\n        System.out.println(new Solution().sortWords(\"bb a ccc\"));\n    }\n}\n```",
        "expected_completion": "        List<String> ws = words(sentence);\n        ws.sort(BY_LENGTH.thenComparing(Comparator.naturalOrder()));\n        return ws;\n    }\n\n    private static final Comparator<String> BY_LENGTH = Comparator.comparingInt(String::length);\n    private List<String> words(String s) {\n        return Arrays.stream(s.split(\" \")).filter(w -> !w.isEmpty()).collect(Collectors.toList());\n    }\n}\n",
        "expected_method": "fenced-definition",
        "expected_imports": ["import java.util.stream.Collectors;"],
        "test": JAVA_TEST,
        "test_imports": ["import java.util.stream.Collectors;"],
    },
    {
        "id": "java-methods-only-no-class",
        "language": "java",
        "prompt": JAVA_PROMPT,
        "entry_point": "sortWords",
        "reply": "```java\npublic List<String> sortWords(String sentence) {\n    List<String> out = new ArrayList<>(Arrays.asList(sentence.split(\" \")));\n    Collections.sort(out, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));\n    return out;\n}\n```",
        "expected_completion": "    List<String> out = new ArrayList<>(Arrays.asList(sentence.split(\" \")));\n    Collections.sort(out, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));\n    return out;\n}\n}\n",
        "expected_method": "fenced-definition",
        "test": JAVA_TEST,
    },
    {
        "id": "java-continuation-helper-then-main-class",
        "language": "java",
        "prompt": JAVA_PROMPT,
        "entry_point": "sortWords",
        "reply": "        List<String> out = new ArrayList<>();\n        for (String w : sentence.split(\" \")) out.add(w);\n        out.sort(this::compare);\n        return out;\n    }\n\n    private int compare(String a, String b) {\n        // \"}\" in a comment\n        return a.length() == b.length() ? a.compareTo(b) : Integer.compare(a.length(), b.length());\n    }\n}\n\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println(new Solution().sortWords(\"bb a\"));\n    }\n}\n```\nThe helper compares by length first.",
        "expected_completion": "        List<String> out = new ArrayList<>();\n        for (String w : sentence.split(\" \")) out.add(w);\n        out.sort(this::compare);\n        return out;\n    }\n\n    private int compare(String a, String b) {\n        // \"}\" in a comment\n        return a.length() == b.length() ? a.compareTo(b) : Integer.compare(a.length(), b.length());\n    }\n}\n",
        "expected_method": "continuation",
        "test": JAVA_TEST,
    },
    {
        "id": "java-continuation-prose-no-class-brace",
        "language": "java",
        "prompt": JAVA_PROMPT,
        "entry_point": "sortWords",
        "reply": "        String[] parts = sentence.split(\" \");\n        Arrays.sort(parts, Comparator.comparing(String::length).thenComparing(x -> x));\n        return new ArrayList<>(Arrays.asList(parts));\n    }\n\nThis sorts with a comparator chain: first by length, then lexicographically.\n",
        "expected_completion": "        String[] parts = sentence.split(\" \");\n        Arrays.sort(parts, Comparator.comparing(String::length).thenComparing(x -> x));\n        return new ArrayList<>(Arrays.asList(parts));\n    }\n}\n",
        "expected_method": "continuation",
        "test": JAVA_TEST,
    },
    {
        "id": "java-extra-top-level-class",
        "language": "java",
        "prompt": JAVA_PROMPT,
        "entry_point": "sortWords",
        "reply": "```java\nclass Solution {\n    public List<String> sortWords(String sentence) {\n        List<String> out = new ArrayList<>(Arrays.asList(sentence.split(\" \")));\n        out.sort(new LengthThenAlpha());\n        return out;\n    }\n}\n\npublic class LengthThenAlpha implements Comparator<String> {\n    @Override\n    public int compare(String a, String b) {\n        if (a.length() != b.length()) return a.length() - b.length();\n        return a.compareTo(b);\n    }\n}\n```",
        "expected_completion": "        List<String> out = new ArrayList<>(Arrays.asList(sentence.split(\" \")));\n        out.sort(new LengthThenAlpha());\n        return out;\n    }\n}\n\nclass LengthThenAlpha implements Comparator<String> {\n    @Override\n    public int compare(String a, String b) {\n        if (a.length() != b.length()) return a.length() - b.length();\n        return a.compareTo(b);\n    }\n}\n",
        "expected_method": "fenced-definition",
        "test": JAVA_TEST,
    },
    {
        "id": "java-renamed-param-adapter",
        "language": "java",
        "prompt": JAVA_PROMPT,
        "entry_point": "sortWords",
        "reply": "```java\nclass Solution {\n    public List<String> sortWords(String s) {\n        List<String> r = new ArrayList<>(List.of(s.split(\" \")));\n        r.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));\n        return r;\n    }\n}\n```",
        "expected_completion": "        return sortWords__codem(sentence);\n    }\n\n    public List<String> sortWords__codem(String s) {\n        List<String> r = new ArrayList<>(List.of(s.split(\" \")));\n        r.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));\n        return r;\n    }\n}\n",
        "expected_method": "fenced-definition+adapter",
        "test": JAVA_TEST,
    },
]

# ----------------------------------------------------------------------------------------
# Go (HumanEval-X layout: the engine supplies ``package main`` and the testing imports)

GO_PROMPT = """import (
    "strings"
)

// Return the words of s that contain the letter 'e', upper-cased, in order.
// >>> WithE("the cat ate")
// []string{"THE", "ATE"}
func WithE(s string) []string {
"""
GO_TEST = """func TestWithE(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([]string{"THE", "ATE"}, WithE("the cat ate"))
    assert.Equal([]string{}, WithE("xyz"))
}
"""
GO_SUM_PROMPT = """
// Sum all the integers given (variadic).
// >>> SumAll(1, 2, 3)
// 6
func SumAll(nums ...int) int {
"""
GO_SUM_TEST = """func TestSumAll(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(6, SumAll(1, 2, 3))
    assert.Equal(0, SumAll())
}
"""

HANDWRITTEN_GO = [
    {
        "id": "go-package-imports-helper-main",
        "language": "go",
        "prompt": GO_PROMPT,
        "entry_point": "WithE",
        "reply": "```go\npackage main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc hasE(w string) bool {\n\treturn strings.Contains(w, \"e\")\n}\n\nfunc WithE(s string) []string {\n\tres := []string{}\n\tfor _, w := range strings.Fields(s) {\n\t\tif hasE(w) {\n\t\t\tres = append(res, strings.ToUpper(w))\n\t\t}\n\t}\n\treturn res\n}\n\nfunc main() {\n\tfmt.Println(WithE(\"the cat ate\"))\n}\n```",
        "expected_completion": "\tres := []string{}\n\tfor _, w := range strings.Fields(s) {\n\t\tif hasE(w) {\n\t\t\tres = append(res, strings.ToUpper(w))\n\t\t}\n\t}\n\treturn res\n}\n\nfunc hasE(w string) bool {\n\treturn strings.Contains(w, \"e\")\n}\n",
        "expected_method": "fenced-definition",
        "expected_imports": ['import "strings"'],  # "fmt" served only the dropped main: Go rejects unused imports
        "test": GO_TEST,
    },
    {
        "id": "go-raw-string-and-rune-braces",
        "language": "go",
        "prompt": GO_PROMPT,
        "entry_point": "WithE",
        "reply": "    _ = `}{ raw string with braces }`\n    var brace rune = '}'\n    _ = brace\n    out := make([]string, 0)\n    for _, w := range strings.Split(s, \" \") {\n        if strings.ContainsRune(w, 'e') {\n            out = append(out, strings.ToUpper(w))\n        }\n    }\n    return out\n}\n\nfunc main() {\n    fmt.Println(WithE(\"x\"))\n}\n",
        "expected_completion": "    _ = `}{ raw string with braces }`\n    var brace rune = '}'\n    _ = brace\n    out := make([]string, 0)\n    for _, w := range strings.Split(s, \" \") {\n        if strings.ContainsRune(w, 'e') {\n            out = append(out, strings.ToUpper(w))\n        }\n    }\n    return out\n}\n",
        "expected_method": "continuation",
        "test": GO_TEST,
    },
    {
        "id": "go-struct-type-and-method-before",
        "language": "go",
        "prompt": GO_SUM_PROMPT,
        "entry_point": "SumAll",
        "reply": "Using a tiny accumulator type:\n\n```go\ntype acc struct{ total int }\n\nfunc (a *acc) add(x int) { a.total += x }\n\nfunc SumAll(nums ...int) int {\n    a := &acc{}\n    for _, n := range nums {\n        a.add(n)\n    }\n    return a.total\n}\n```",
        "expected_completion": "    a := &acc{}\n    for _, n := range nums {\n        a.add(n)\n    }\n    return a.total\n}\n\ntype acc struct{ total int }\nfunc (a *acc) add(x int) { a.total += x }\n",
        "expected_method": "fenced-definition",
        "test": GO_SUM_TEST,
    },
    {
        "id": "go-variadic-renamed-adapter",
        "language": "go",
        "prompt": GO_SUM_PROMPT,
        "entry_point": "SumAll",
        "reply": "```golang\nfunc SumAll(xs ...int) int {\n\ts := 0\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n```",
        "expected_completion": "    return SumAll__codem(nums...)\n}\n\nfunc SumAll__codem(xs ...int) int {\n\ts := 0\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n",
        "expected_method": "fenced-definition+adapter",
        "test": GO_SUM_TEST,
    },
    {
        "id": "go-helper-after-continuation",
        "language": "go",
        "prompt": GO_SUM_PROMPT,
        "entry_point": "SumAll",
        "reply": "    return reduce(nums, 0, add)\n}\n\nfunc add(a, b int) int { return a + b }\n\nfunc reduce(xs []int, init int, f func(int, int) int) int {\n    for _, x := range xs {\n        init = f(init, x)\n    }\n    return init\n}\n\nThis uses a generic-style reduce helper.",
        "expected_completion": "    return reduce(nums, 0, add)\n}\n\nfunc add(a, b int) int { return a + b }\nfunc reduce(xs []int, init int, f func(int, int) int) int {\n    for _, x := range xs {\n        init = f(init, x)\n    }\n    return init\n}\n",
        "expected_method": "continuation",
        "test": GO_SUM_TEST,
    },
    {
        "id": "go-usage-block-first",
        "language": "go",
        "prompt": GO_SUM_PROMPT,
        "entry_point": "SumAll",
        "reply": "Call it as:\n```go\nfmt.Println(SumAll(1, 2, 3)) // 6\n```\nAnd the implementation:\n```go\nfunc SumAll(nums ...int) int {\n    total := 0\n    for _, n := range nums {\n        total += n\n    }\n    return total\n}\n```",
        "expected_completion": "    total := 0\n    for _, n := range nums {\n        total += n\n    }\n    return total\n}\n",
        "expected_method": "fenced-definition",
        "test": GO_SUM_TEST,
    },
]

HANDWRITTEN = HANDWRITTEN_C + HANDWRITTEN_TS + HANDWRITTEN_PY + HANDWRITTEN_JS + HANDWRITTEN_CPP + HANDWRITTEN_JAVA + HANDWRITTEN_GO
