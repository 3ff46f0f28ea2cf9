r"""Replies in styles the first corpus lacked, for real HumanEval problems of all 7 languages.

Each row names a benchmark ``task_id``; make_extraction_corpus.py fills in the problem's prompt
and entry point from ``codem_core.benchmarks.load_problems``. ``expected_completion`` is what the
extractor must return (compared modulo whitespace; Python modulo blank lines and trailing
spaces); ``expected_imports`` are exactly the import lines it must return. ``passes`` says
whether ``prompt + completion + test`` passes the benchmark's tests: or code-less replies, whose completions must fail cleanly.

Styles covered: ``~~~`` fences; info strings (``c++``, ``golang``, ``ts``, ``Java``,
`` python3`` with a space, ``{.python}``); code indented by four spaces without fences; CRLF;
tabs; HTML-escaped code (``&lt;``: unescaped, since no language here has entities in code);
harnesses to drop (``if __name__``, ``main``, ``public class Main``, ``package main``,
``module.exports``/``require``, ``console.log``); helpers before and after the entry point;
repeated docstrings; ``<pre><code>`` HTML; a model's own unittest/``TestX``; two candidate versions where the reply says the second one is the fix;
body-only replies; replies cut off mid-block; a string literal holding a fence; no code at all.
"""

from __future__ import annotations


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _row(rid: str, task_id: str, shape: str, reply: str, expected: str, **extra) -> dict:
    lang = {"Python": "python", "JavaScript": "javascript", "TypeScript": "typescript", "C": "c", "CPP": "cpp", "Java": "java", "Go": "go"}[
        task_id.split("/")[0]
    ]
    row = {"id": rid, "language": lang, "task_id": task_id, "shape": shape, "reply": reply, "expected_completion": expected}
    row.update(extra)
    return row


# ----------------------------------------------------------------------------------------
# Python

PY = [
    _row(
        "u-py-tilde-fence",
        "Python/0",
        "tilde-fence",
        "Here is a solution using sorting:\n\n~~~python\nfrom typing import List\n\n\ndef has_close_elements(numbers: List[float], threshold: float) -> bool:\n    ordered = sorted(numbers)\n    for a, b in zip(ordered, ordered[1:]):\n        if b - a < threshold:\n            return True\n    return False\n~~~\n\nSorting makes neighbouring values adjacent, so one pass is enough.\n",
        "    ordered = sorted(numbers)\n    for a, b in zip(ordered, ordered[1:]):\n        if b - a < threshold:\n            return True\n    return False\n",
    ),
    _row(
        "u-py-info-space-python3",
        "Python/2",
        "info-string",
        "``` python3\ndef truncate_number(number: float) -> float:\n    return number % 1.0\n```\n",
        "    return number % 1.0\n",
    ),
    _row(
        "u-py-pandoc-attr-fence",
        "Python/13",
        "info-string",
        "Euclid's algorithm:\n\n```{.python .numberLines}\ndef greatest_common_divisor(a: int, b: int) -> int:\n    while b:\n        a, b = b, a % b\n    return a\n```\n",
        "    while b:\n        a, b = b, a % b\n    return a\n",
    ),
    _row(
        "u-py-indented-no-fence",
        "Python/27",
        "indented",
        "You can use the built-in method:\n\n    def flip_case(string: str) -> str:\n        return string.swapcase()\n\nThis flips every cased character.\n",
        "    return string.swapcase()\n",
    ),
    _row(
        "u-py-crlf-main-guard",
        "Python/16",
        "crlf",
        _crlf(
            "```python\ndef count_distinct_characters(string: str) -> int:\n    return len(set(string.lower()))\n\n\nif __name__ == \"__main__\":\n    import doctest\n    doctest.testmod()\n    print(count_distinct_characters('Jerry'))\n```\n"
        ),
        "    return len(set(string.lower()))\n",
    ),
    _row(
        "u-py-html-escaped",
        "Python/52",
        "html-escaped",
        "<p>Solution:</p>\n\n```python\ndef below_threshold(l: list, t: int):\n    for e in l:\n        if e &gt;= t:\n            return False\n    return True\n```\n",
        "    for e in l:\n        if e >= t:\n            return False\n    return True\n",
    ),
    _row(
        "u-py-two-versions-improved",
        "Python/55",
        "two-versions",
        "Here is a first attempt using recursion:\n\n```python\ndef fib(n: int):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n```\n\nThis is exponential. An improved version that runs in linear time:\n\n```python\ndef fib(n: int):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n```\n",
        "    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
    ),
    _row(
        "u-py-body-only-comment",
        "Python/30",
        "body-only",
        "Just the body:\n\n```python\n    # keep strictly positive numbers\n    return [e for e in l if e > 0]\n```\n",
        "    # keep strictly positive numbers\n    return [e for e in l if e > 0]\n",
    ),
    _row(
        "u-py-truncated-mid-block",
        "Python/34",
        "truncated",
        "```python\ndef unique(l: list):\n    seen = set()\n    out = []\n    for x in l:\n        if x not in seen:\n            seen.add(x)\n            out.app",
        "    seen = set()\n    out = []\n    for x in l:\n        if x not in seen:\n            seen.add(x)\n            out.app\n",
        passes=False,
    ),
    _row(
        "u-py-no-code",
        "Python/35",
        "no-code",
        "I'm sorry, but I can't see the list you are referring to. Could you paste it?",
        "I'm sorry, but I can't see the list you are referring to. Could you paste it?",
        code_found=False,
        passes=False,
    ),
    _row(
        "u-py-comment-ends-with-fence",
        "Python/48",
        "fence-in-string",
        "```python\ndef is_palindrome(text: str):\n    # works for any text, even one holding ```\n    marker = \"```\"\n    return text == text[::-1]\n```\nDone.",
        "    # works for any text, even one holding ```\n    marker = \"```\"\n    return text == text[::-1]\n",
    ),
    _row(
        "u-py-docstring-repeated-helper-after",
        "Python/60",
        "helper-after",
        "```py\ndef sum_to_n(n: int):\n    \"\"\"sum_to_n is a function that sums numbers from 1 to n.\"\"\"\n    return _triangle(n)\n\n\ndef _triangle(k):\n    return k * (k + 1) // 2\n\n\nprint(sum_to_n(30))\n```\n",
        "    return _triangle(n)\n\n\ndef _triangle(k):\n    return k * (k + 1) // 2\n",
    ),
    _row(
        "u-py-unittest-harness",
        "Python/53",
        "harness",
        "```python\nimport unittest\n\n\ndef add(x: int, y: int):\n    return x + y\n\n\nclass TestAdd(unittest.TestCase):\n    def test_small(self):\n        self.assertEqual(add(2, 3), 5)\n\n\nif __name__ == \"__main__\":\n    unittest.main()\n```\n",
        "    return x + y\n",
    ),
]

# ----------------------------------------------------------------------------------------
# JavaScript

JS = [
    _row(
        "u-js-require-module-exports",
        "JavaScript/27",
        "harness",
        "```js\nconst assert = require('assert');\n\nfunction flipCase(string) {\n  return [...string]\n    .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))\n    .join('');\n}\n\nassert.strictEqual(flipCase('Hello'), 'hELLO');\nconsole.log('ok');\n\nmodule.exports = { flipCase };\n```\n",
        "  return [...string]\n    .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))\n    .join('');\n}\n",
    ),
    _row(
        "u-js-tilde-fence",
        "JavaScript/13",
        "tilde-fence",
        "~~~javascript\nconst greatestCommonDivisor = (a, b) => {\n  while (b !== 0) {\n    [a, b] = [b, a % b];\n  }\n  return a;\n};\n~~~\n",
        "  while (b !== 0) {\n    [a, b] = [b, a % b];\n  }\n  return a;\n}\n",
    ),
    _row(
        "u-js-helper-after",
        "JavaScript/48",
        "helper-after",
        "```javascript\nconst isPalindrome = (text) => {\n  return text === reverse(text);\n};\n\nfunction reverse(s) {\n  return s.split('').reverse().join('');\n}\n\nconsole.log(isPalindrome('aba'));\n```",
        "  return text === reverse(text);\n}\n\nfunction reverse(s) {\n  return s.split('').reverse().join('');\n}\n",
    ),
    _row(
        "u-js-crlf-tabs",
        "JavaScript/30",
        "crlf",
        _crlf("Sure:\n```js\nconst getPositive = (l) => {\n\treturn l.filter((e) => e > 0);\n};\n```\n"),
        "\treturn l.filter((e) => e > 0);\n}\n",
    ),
    _row(
        "u-js-indented-no-fence",
        "JavaScript/60",
        "indented",
        "The closed formula is enough:\n\n    const sumToN = (n) => {\n      return (n * (n + 1)) / 2;\n    };\n\nIt runs in constant time.\n",
        "      return (n * (n + 1)) / 2;\n    }\n",
    ),
    _row(
        "u-js-html-escaped",
        "JavaScript/52",
        "html-escaped",
        "```javascript\nconst belowThreshold = (l, t) =&gt; {\n  for (const e of l) {\n    if (e &gt;= t &amp;&amp; true) return false;\n  }\n  return true;\n};\n```",
        "  for (const e of l) {\n    if (e >= t && true) return false;\n  }\n  return true;\n}\n",
    ),
    _row(
        "u-js-two-versions-corrected",
        "JavaScript/34",
        "two-versions",
        "First attempt:\n```javascript\nconst unique = (l) => {\n  return [...new Set(l)].sort();\n};\n```\nWait, `sort()` compares strings, so 123 would come before 2. Here is the corrected version:\n```javascript\nconst unique = (l) => {\n  return [...new Set(l)].sort((a, b) => a - b);\n};\n```\n",
        "  return [...new Set(l)].sort((a, b) => a - b);\n}\n",
    ),
    _row(
        "u-js-truncated",
        "JavaScript/55",
        "truncated",
        "```javascript\nconst fib = (n) => {\n  let a = 0, b = 1;\n  for (let i = 0; i < n; i++) {\n    const t = a + b;\n    a = b;",
        "  let a = 0, b = 1;\n  for (let i = 0; i < n; i++) {\n    const t = a + b;\n    a = b;\n}\n}\n",
        passes=False,
    ),
    _row(
        "u-js-body-only",
        "JavaScript/35",
        "body-only",
        "The body is a one-liner:\n```js\nreturn Math.max(...l);\n```",
        "return Math.max(...l);\n}\n",
    ),
    _row(
        "u-js-docstring-repeated-export",
        "JavaScript/16",
        "docstring-repeated",
        "```javascript\n/* Given a string, find out how many distinct characters (regardless of case) does it consist of\n  >>> countDistinctCharacters('xyzXYZ')\n  3\n  >>> countDistinctCharacters('Jerry')\n  4\n  */\nexport const countDistinctCharacters = (string) => {\n  return new Set(string.toLowerCase()).size;\n};\n```",
        "  return new Set(string.toLowerCase()).size;\n}\n",
    ),
    _row(
        "u-js-comment-holds-fence",
        "JavaScript/23",
        "fence-in-string",
        "```javascript\nconst strlen = (string) => {\n  /* The input may hold markdown such as ```\n     which is plain text here. */\n  return string.length;\n};\n```",
        "  /* The input may hold markdown such as ```\n     which is plain text here. */\n  return string.length;\n}\n",
    ),
    _row(
        "u-js-html-pre-code",
        "JavaScript/53",
        "html-escaped",
        "<p>Here is the function:</p>\n<pre><code class=\"language-javascript\">const add = (x, y) =&gt; {\n  return x + y;\n};\n</code></pre>\n<p>It returns the sum.</p>",
        "  return x + y;\n}\n",
    ),
]

# ----------------------------------------------------------------------------------------
# TypeScript

TS = [
    _row(
        "u-ts-type-alias-helper-before",
        "TypeScript/0",
        "helpers-before",
        "```ts\ntype Pair = [number, number];\n\nconst pairs = (xs: number[]): Pair[] => {\n  const out: Pair[] = [];\n  for (let i = 0; i < xs.length; i++)\n    for (let j = i + 1; j < xs.length; j++) out.push([xs[i], xs[j]]);\n  return out;\n};\n\nfunction hasCloseElements(numbers: number[], threshold: number): boolean {\n  return pairs(numbers).some(([a, b]) => Math.abs(a - b) < threshold);\n}\n```",
        "  return pairs(numbers).some(([a, b]) => Math.abs(a - b) < threshold);\n}\n\ntype Pair = [number, number];\nconst pairs = (xs: number[]): Pair[] => {\n  const out: Pair[] = [];\n  for (let i = 0; i < xs.length; i++)\n    for (let j = i + 1; j < xs.length; j++) out.push([xs[i], xs[j]]);\n  return out;\n};\n",
    ),
    _row(
        "u-ts-tilde-ts-tag",
        "TypeScript/7",
        "tilde-fence",
        "~~~ts\nfunction filterBySubstring(strings: string[], substring: string): string[] {\n  return strings.filter((s) => s.includes(substring));\n}\n~~~",
        "  return strings.filter((s) => s.includes(substring));\n}\n",
    ),
    _row(
        "u-ts-export-and-console-log",
        "TypeScript/29",
        "harness",
        "```typescript\nexport function filterByPrefix(strings: string[], prefix: string): string[] {\n  return strings.filter((s) => s.startsWith(prefix));\n}\n\nconsole.log(filterByPrefix(['abc', 'bcd'], 'a'));\n```",
        "  return strings.filter((s) => s.startsWith(prefix));\n}\n",
    ),
    _row(
        "u-ts-helper-after",
        "TypeScript/13",
        "helper-after",
        "```ts\nfunction greatestCommonDivisor(a: number, b: number): number {\n  return gcd(Math.abs(a), Math.abs(b));\n}\n\nfunction gcd(x: number, y: number): number {\n  return y === 0 ? x : gcd(y, x % y);\n}\n```",
        "  return gcd(Math.abs(a), Math.abs(b));\n}\n\nfunction gcd(x: number, y: number): number {\n  return y === 0 ? x : gcd(y, x % y);\n}\n",
    ),
    _row(
        "u-ts-crlf-interface",
        "TypeScript/4",
        "crlf",
        _crlf(
            "```typescript\ninterface Stats {\n  mean: number;\n}\n\nfunction meanAbsoluteDeviation(numbers: number[]): number {\n  const s: Stats = { mean: numbers.reduce((a, b) => a + b, 0) / numbers.length };\n  return numbers.reduce((acc, x) => acc + Math.abs(x - s.mean), 0) / numbers.length;\n}\n```\n"
        ),
        "  const s: Stats = { mean: numbers.reduce((a, b) => a + b, 0) / numbers.length };\n  return numbers.reduce((acc, x) => acc + Math.abs(x - s.mean), 0) / numbers.length;\n}\n\ninterface Stats {\n  mean: number;\n}\n",
    ),
    _row(
        "u-ts-truncated",
        "TypeScript/15",
        "truncated",
        "```ts\nfunction stringSequence(n: number): string {\n  const parts: string[] = [];\n  for (let i = 0; i <= n; i++) {\n    parts.push(String(i));\n",
        "  const parts: string[] = [];\n  for (let i = 0; i <= n; i++) {\n    parts.push(String(i));\n}\n}\n",
        passes=False,
    ),
    _row(
        "u-ts-no-code",
        "TypeScript/35",
        "no-code",
        "To find the maximum you would iterate over the array and keep the largest value seen so far.\nLet me know if you want the code.",
        "To find the maximum you would iterate over the array and keep the largest value seen so far.\nLet me know if you want the code.",
        code_found=False,
        passes=False,
    ),
    _row(
        "u-ts-indented-no-fence",
        "TypeScript/55",
        "indented",
        "Iteratively:\n\n    function fib(n: number): number {\n      let [a, b] = [0, 1];\n      for (let i = 0; i < n; i++) [a, b] = [b, a + b];\n      return a;\n    }\n",
        "      let [a, b] = [0, 1];\n      for (let i = 0; i < n; i++) [a, b] = [b, a + b];\n      return a;\n    }\n",
    ),
    _row(
        "u-ts-html-escaped-generic",
        "TypeScript/34",
        "html-escaped",
        "```ts\nfunction unique(l: number[]): number[] {\n  const s: Set&lt;number&gt; = new Set(l);\n  return Array.from(s).sort((a, b) =&gt; a - b);\n}\n```",
        "  const s: Set<number> = new Set(l);\n  return Array.from(s).sort((a, b) => a - b);\n}\n",
    ),
    _row(
        "u-ts-two-versions-fixed",
        "TypeScript/60",
        "two-versions",
        "A first attempt:\n```ts\nfunction sumToN(n: number): number {\n  return n * (n - 1) / 2;\n}\n```\nOops, that is off by one. The fixed version:\n```ts\nfunction sumToN(n: number): number {\n  return (n * (n + 1)) / 2;\n}\n```",
        "  return (n * (n + 1)) / 2;\n}\n",
    ),
]

# ----------------------------------------------------------------------------------------
# C

C = [
    _row(
        "u-c-own-includes-main",
        "C/27",
        "harness",
        r"""```c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

char *filp_case(const char *str) {
    size_t n = strlen(str);
    char *out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)str[i];
        out[i] = islower(c) ? toupper(c) : tolower(c);
    }
    out[n] = '\0';
    return out;
}

int main(void) {
    char *r = filp_case("Hello");
    printf("%s\n", r);
    free(r);
    return 0;
}
```""",
        r"""    size_t n = strlen(str);
    char *out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)str[i];
        out[i] = islower(c) ? toupper(c) : tolower(c);
    }
    out[n] = '\0';
    return out;
}
""",
        expected_imports=["#include <ctype.h>"],
    ),
    _row(
        "u-c-tilde-fence",
        "C/13",
        "tilde-fence",
        "~~~c\nint greatest_common_divisor(int a, int b) {\n    while (b != 0) {\n        int t = a % b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n~~~\n",
        "    while (b != 0) {\n        int t = a % b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n",
    ),
    _row(
        "u-c-helper-after",
        "C/48",
        "helper-after",
        "```c\nbool is_palindrome(const char *text) {\n    return check(text, 0, (int)strlen(text) - 1);\n}\n\nstatic bool check(const char *s, int i, int j) {\n    if (i >= j) return true;\n    return s[i] == s[j] && check(s, i + 1, j - 1);\n}\n```",
        "    bool check(const char *s, int i, int j);\n    return check(text, 0, (int)strlen(text) - 1);\n}\n\nbool check(const char *s, int i, int j) {\n    if (i >= j) return true;\n    return s[i] == s[j] && check(s, i + 1, j - 1);\n}\n",
    ),
    _row(
        "u-c-html-escaped",
        "C/52",
        "html-escaped",
        "```c\nbool below_threshold(int *l, int size, int t) {\n    for (int i = 0; i &lt; size; i++) {\n        if (l[i] &gt;= t) return false;\n    }\n    return true;\n}\n```",
        "    for (int i = 0; i < size; i++) {\n        if (l[i] >= t) return false;\n    }\n    return true;\n}\n",
    ),
    _row(
        "u-c-indented-no-fence",
        "C/60",
        "indented",
        "Use the closed form:\n\n    int sum_to_n(int n) {\n        return n * (n + 1) / 2;\n    }\n\nNo loop is needed.\n",
        "        return n * (n + 1) / 2;\n    }\n",
    ),
    _row(
        "u-c-two-versions-improved",
        "C/55",
        "two-versions",
        "Here is a first attempt:\n```c\nint fib(int n) {\n    if (n < 2) return n;\n    return fib(n - 1) + fib(n - 2);\n}\n```\nAn improved version without recursion:\n```c\nint fib(int n) {\n    int a = 0, b = 1;\n    for (int i = 0; i < n; i++) {\n        int t = a + b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n```",
        "    int a = 0, b = 1;\n    for (int i = 0; i < n; i++) {\n        int t = a + b;\n        a = b;\n        b = t;\n    }\n    return a;\n}\n",
    ),
    _row(
        "u-c-truncated",
        "C/34",
        "truncated",
        "```c\nint *unique(int *l, int size, int *out_size) {\n    int *out = malloc(size * sizeof(int));\n    int k = 0;\n    for (int i = 0; i < size; i++) {\n        int seen = 0;\n        for (int j = 0; j < k; j++)",
        "    int *out = malloc(size * sizeof(int));\n    int k = 0;\n    for (int i = 0; i < size; i++) {\n        int seen = 0;\n        for (int j = 0; j < k; j++)\n}\n}\n",
        passes=False,
    ),
    _row(
        "u-c-crlf-tabs",
        "C/35",
        "crlf",
        _crlf("```c\nfloat max_element(float *l, int size) {\n\tfloat m = l[0];\n\tfor (int i = 1; i < size; i++)\n\t\tif (l[i] > m)\n\t\t\tm = l[i];\n\treturn m;\n}\n```\n"),
        "\tfloat m = l[0];\n\tfor (int i = 1; i < size; i++)\n\t\tif (l[i] > m)\n\t\t\tm = l[i];\n\treturn m;\n}\n",
    ),
    _row(
        "u-c-body-only",
        "C/2",
        "body-only",
        "The body only needs the integer part removed:\n```c\nreturn number - (int)number;\n```",
        "return number - (int)number;\n}\n",
    ),
    _row(
        "u-c-docstring-repeated-define",
        "C/30",
        "docstring-repeated",
        r"""```c
#include <stdlib.h>
#define IS_POS(x) ((x) > 0)

/*
Return only positive numbers in the list.
*/
float* get_positive(const float* l, int count, int* out_count) {
    float *out = malloc((count > 0 ? count : 1) * sizeof(float));
    int k = 0;
    for (int i = 0; i < count; i++)
        if (IS_POS(l[i])) out[k++] = l[i];
    *out_count = k;
    return out;
}
```""",
        "\n#define IS_POS(x) ((x) > 0)\n    float *out = malloc((count > 0 ? count : 1) * sizeof(float));\n    int k = 0;\n    for (int i = 0; i < count; i++)\n        if (IS_POS(l[i])) out[k++] = l[i];\n    *out_count = k;\n    return out;\n}\n",
    ),
]

# ----------------------------------------------------------------------------------------
# C++

CPP = [
    _row(
        "u-cpp-cxx-tag-includes-main",
        "CPP/34",
        "harness",
        "```c++\n#include <iostream>\n#include <vector>\n#include <set>\nusing namespace std;\n\nvector<int> unique(vector<int> l) {\n    set<int> s(l.begin(), l.end());\n    return vector<int>(s.begin(), s.end());\n}\n\nint main() {\n    for (int x : unique({5, 3, 5, 2})) cout << x << \" \";\n    cout << endl;\n    return 0;\n}\n```",
        "    set<int> s(l.begin(), l.end());\n    return vector<int>(s.begin(), s.end());\n}\n",
        expected_imports=["#include <iostream>", "#include <vector>", "#include <set>"],
    ),
    _row(
        "u-cpp-tilde-fence",
        "CPP/13",
        "tilde-fence",
        "~~~cpp\nint greatest_common_divisor(int a, int b){\n    return b == 0 ? a : greatest_common_divisor(b, a % b);\n}\n~~~",
        "    return b == 0 ? a : greatest_common_divisor(b, a % b);\n}\n",
    ),
    _row(
        "u-cpp-helper-after",
        "CPP/48",
        "helper-after",
        "```cpp\nbool is_palindrome(string text){\n    return text == reversed(text);\n}\n\nstring reversed(const string& s) {\n    return string(s.rbegin(), s.rend());\n}\n```",
        "    string reversed(const string& s);\n    return text == reversed(text);\n}\n\nstring reversed(const string& s) {\n    return string(s.rbegin(), s.rend());\n}\n",
    ),
    _row(
        "u-cpp-html-escaped",
        "CPP/30",
        "html-escaped",
        "```cpp\nvector&lt;float&gt; get_positive(vector&lt;float&gt; l){\n    vector&lt;float&gt; out;\n    for (float x : l) if (x &gt; 0) out.push_back(x);\n    return out;\n}\n```",
        "    vector<float> out;\n    for (float x : l) if (x > 0) out.push_back(x);\n    return out;\n}\n",
    ),
    _row(
        "u-cpp-two-versions-better",
        "CPP/60",
        "two-versions",
        "A first attempt:\n```cpp\nint sum_to_n(int n){\n    int s = 0;\n    for (int i = 1; i < n; i++) s += i;\n    return s;\n}\n```\nThat misses n itself. A better version:\n```cpp\nint sum_to_n(int n){\n    return n * (n + 1) / 2;\n}\n```",
        "    return n * (n + 1) / 2;\n}\n",
    ),
    _row(
        "u-cpp-truncated",
        "CPP/55",
        "truncated",
        "```cpp\nint fib(int n){\n    vector<int> dp(n + 2, 0);\n    dp[1] = 1;\n    for (int i = 2; i <= n; i++) {\n        dp[i] = dp[i-1] +",
        "    vector<int> dp(n + 2, 0);\n    dp[1] = 1;\n    for (int i = 2; i <= n; i++) {\n        dp[i] = dp[i-1] +\n}\n}\n",
        passes=False,
    ),
    _row(
        "u-cpp-indented-no-fence",
        "CPP/35",
        "indented",
        "Using the standard library:\n\n    float max_element(vector<float> l){\n        return *std::max_element(l.begin(), l.end());\n    }\n\nThe qualified name avoids calling ourselves.\n",
        "        return *std::max_element(l.begin(), l.end());\n    }\n",
    ),
    _row(
        "u-cpp-crlf-main",
        "CPP/52",
        "crlf",
        _crlf("```cpp\nbool below_threshold(vector<int>l, int t){\n    for (int x : l)\n        if (x >= t) return false;\n    return true;\n}\n\nint main(){\n    printf(\"%d\", below_threshold({1, 2}, 5));\n}\n```\n"),
        "    for (int x : l)\n        if (x >= t) return false;\n    return true;\n}\n",
    ),
    _row(
        "u-cpp-no-code",
        "CPP/16",
        "no-code",
        "Convert the string to lower case, insert every character in a std::set, and return its size.",
        "Convert the string to lower case, insert every character in a std::set, and return its size.",
        code_found=False,
        passes=False,
    ),
    _row(
        "u-cpp-body-only",
        "CPP/23",
        "body-only",
        "```cpp\n    return (int)str.size();\n```",
        "    return (int)str.size();\n}\n",
    ),
]

# ----------------------------------------------------------------------------------------
# Java

JAVA = [
    _row(
        "u-java-capital-tag-main-demo",
        "Java/13",
        "harness",
        "```Java\nimport java.util.*;\n\nclass Solution {\n    public int greatestCommonDivisor(int a, int b) {\n        while (b != 0) {\n            int t = a % b;\n            a = b;\n            b = t;\n        }\n        return a;\n    }\n}\n\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println(new Solution().greatestCommonDivisor(25, 15));\n    }\n}\n```",
        "        while (b != 0) {\n            int t = a % b;\n            a = b;\n            b = t;\n        }\n        return a;\n    }\n}\n",
    ),
    _row(
        "u-java-tilde-fence",
        "Java/23",
        "tilde-fence",
        "~~~java\nclass Solution {\n    public int strlen(String string) {\n        return string.length();\n    }\n}\n~~~",
        "        return string.length();\n    }\n}\n",
    ),
    _row(
        "u-java-helper-after-stream-import",
        "Java/48",
        "helper-after",
        "```java\nimport java.util.stream.IntStream;\n\nclass Solution {\n    public boolean isPalindrome(String text) {\n        return IntStream.range(0, text.length() / 2).allMatch(i -> same(text, i));\n    }\n\n    private boolean same(String s, int i) {\n        return s.charAt(i) == s.charAt(s.length() - 1 - i);\n    }\n}\n```",
        "        return IntStream.range(0, text.length() / 2).allMatch(i -> same(text, i));\n    }\n\n    private boolean same(String s, int i) {\n        return s.charAt(i) == s.charAt(s.length() - 1 - i);\n    }\n}\n",
        expected_imports=["import java.util.stream.IntStream;"],
    ),
    _row(
        "u-java-html-escaped",
        "Java/30",
        "html-escaped",
        "```java\nclass Solution {\n    public List&lt;Integer&gt; getPositive(List&lt;Integer&gt; l) {\n        List&lt;Integer&gt; out = new ArrayList&lt;&gt;();\n        for (int x : l) if (x &gt; 0) out.add(x);\n        return out;\n    }\n}\n```",
        "        List<Integer> out = new ArrayList<>();\n        for (int x : l) if (x > 0) out.add(x);\n        return out;\n    }\n}\n",
    ),
    _row(
        "u-java-two-versions-corrected",
        "Java/35",
        "two-versions",
        "Here is a first attempt:\n```java\npublic int maxElement(List<Integer> l) {\n    int m = 0;\n    for (int x : l) m = Math.max(m, x);\n    return m;\n}\n```\nThis fails for all-negative lists. Corrected version:\n```java\npublic int maxElement(List<Integer> l) {\n    return Collections.max(l);\n}\n```",
        "    return Collections.max(l);\n}\n}\n",
    ),
    _row(
        "u-java-truncated",
        "Java/60",
        "truncated",
        "```java\nclass Solution {\n    public int sumToN(int n) {\n        int s = 0;\n        for (int i = 1; i <= n; i++) {\n            s +=",
        "        int s = 0;\n        for (int i = 1; i <= n; i++) {\n            s +=\n}\n}\n}\n",
        passes=False,
    ),
    _row(
        "u-java-body-only",
        "Java/2",
        "body-only",
        "```java\n        return number % 1.0;\n```",
        "        return number % 1.0;\n}\n}\n",
    ),
    _row(
        "u-java-crlf-main-in-solution",
        "Java/52",
        "crlf",
        _crlf(
            "```java\nclass Solution {\n    public boolean belowThreshold(List<Integer> l, int t) {\n        for (int e : l) {\n            if (e >= t) {\n                return false;\n            }\n        }\n        return true;\n    }\n\n    public static void main(String[] args) {\n        System.out.println(new Solution().belowThreshold(Arrays.asList(1, 2), 5));\n    }\n}\n```\n"
        ),
        "        for (int e : l) {\n            if (e >= t) {\n                return false;\n            }\n        }\n        return true;\n    }\n}\n",
    ),
    _row(
        "u-java-indented-no-fence",
        "Java/55",
        "indented",
        "An iterative method:\n\n    public int fib(int n) {\n        int a = 0, b = 1;\n        for (int i = 0; i < n; i++) {\n            int t = a + b;\n            a = b;\n            b = t;\n        }\n        return a;\n    }\n\nIt avoids deep recursion.\n",
        "        int a = 0, b = 1;\n        for (int i = 0; i < n; i++) {\n            int t = a + b;\n            a = b;\n            b = t;\n        }\n        return a;\n    }\n}\n",
    ),
    _row(
        "u-java-javadoc-repeated",
        "Java/16",
        "docstring-repeated",
        "```java\nimport java.util.*;\nimport java.lang.*;\n\nclass Solution {\n    /**\n    Given a string, find out how many distinct characters (regardless of case) does it consist of\n     */\n    public int countDistinctCharacters(String string) {\n        Set<Character> seen = new HashSet<>();\n        for (char c : string.toLowerCase().toCharArray()) {\n            seen.add(c);\n        }\n        return seen.size();\n    }\n}\n```",
        "        Set<Character> seen = new HashSet<>();\n        for (char c : string.toLowerCase().toCharArray()) {\n            seen.add(c);\n        }\n        return seen.size();\n    }\n}\n",
    ),
]

# ----------------------------------------------------------------------------------------
# Go

GO = [
    _row(
        "u-go-golang-tag-package-main",
        "Go/16",
        "harness",
        "```golang\npackage main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc CountDistinctCharacters(str string) int {\n\tseen := map[rune]bool{}\n\tfor _, r := range strings.ToLower(str) {\n\t\tseen[r] = true\n\t}\n\treturn len(seen)\n}\n\nfunc main() {\n\tfmt.Println(CountDistinctCharacters(\"Jerry\"))\n}\n```",
        "\tseen := map[rune]bool{}\n\tfor _, r := range strings.ToLower(str) {\n\t\tseen[r] = true\n\t}\n\treturn len(seen)\n}\n",
        expected_imports=['import "strings"'],  # not "fmt": only the dropped main used it, and Go rejects unused imports
    ),
    _row(
        "u-go-tilde-fence",
        "Go/13",
        "tilde-fence",
        "~~~go\nfunc GreatestCommonDivisor(a int,b int) int{\n    for b != 0 {\n        a, b = b, a%b\n    }\n    return a\n}\n~~~",
        "    for b != 0 {\n        a, b = b, a%b\n    }\n    return a\n}\n",
    ),
    _row(
        "u-go-helper-after",
        "Go/48",
        "helper-after",
        "```go\nfunc IsPalindrome(text string) bool {\n    return text == reverse(text)\n}\n\nfunc reverse(s string) string {\n    r := []rune(s)\n    for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n        r[i], r[j] = r[j], r[i]\n    }\n    return string(r)\n}\n```",
        "    return text == reverse(text)\n}\n\nfunc reverse(s string) string {\n    r := []rune(s)\n    for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n        r[i], r[j] = r[j], r[i]\n    }\n    return string(r)\n}\n",
    ),
    _row(
        "u-go-html-escaped",
        "Go/52",
        "html-escaped",
        "```go\nfunc BelowThreshold(l []int,t int) bool {\n    for _, x := range l {\n        if x &gt;= t {\n            return false\n        }\n    }\n    return true\n}\n```",
        "    for _, x := range l {\n        if x >= t {\n            return false\n        }\n    }\n    return true\n}\n",
    ),
    _row(
        "u-go-two-versions-optimized",
        "Go/55",
        "two-versions",
        "Here is a first attempt:\n```go\nfunc Fib(n int) int {\n    if n < 2 {\n        return n\n    }\n    return Fib(n-1) + Fib(n-2)\n}\n```\nAn optimized version:\n```go\nfunc Fib(n int) int {\n    a, b := 0, 1\n    for i := 0; i < n; i++ {\n        a, b = b, a+b\n    }\n    return a\n}\n```",
        "    a, b := 0, 1\n    for i := 0; i < n; i++ {\n        a, b = b, a+b\n    }\n    return a\n}\n",
    ),
    _row(
        "u-go-truncated",
        "Go/60",
        "truncated",
        "```go\nfunc SumToN(n int) int {\n    s := 0\n    for i := 1; i <= n; i++ {\n        s +=",
        "    s := 0\n    for i := 1; i <= n; i++ {\n        s +=\n}\n}\n",
        passes=False,
    ),
    _row(
        "u-go-body-only",
        "Go/35",
        "body-only",
        "```go\n    m := l[0]\n    for _, x := range l {\n        if x > m {\n            m = x\n        }\n    }\n    return m\n```",
        "    m := l[0]\n    for _, x := range l {\n        if x > m {\n            m = x\n        }\n    }\n    return m\n}\n",
    ),
    _row(
        "u-go-crlf-tabs",
        "Go/30",
        "crlf",
        _crlf("```go\nfunc GetPositive(l []int) []int {\n\tres := make([]int, 0)\n\tfor _, x := range l {\n\t\tif x > 0 {\n\t\t\tres = append(res, x)\n\t\t}\n\t}\n\treturn res\n}\n```\n"),
        "\tres := make([]int, 0)\n\tfor _, x := range l {\n\t\tif x > 0 {\n\t\t\tres = append(res, x)\n\t\t}\n\t}\n\treturn res\n}\n",
    ),
    _row(
        "u-go-indented-no-fence",
        "Go/23",
        "indented",
        "In Go the length of a string is its byte count:\n\n    func Strlen(str string) int {\n        return len(str)\n    }\n",
        "        return len(str)\n    }\n",
    ),
    _row(
        "u-go-no-code",
        "Go/34",
        "no-code",
        "Put the values in a map to deduplicate them, then copy the keys to a slice and call sort.Ints on it.",
        "Put the values in a map to deduplicate them, then copy the keys to a slice and call sort.Ints on it.",
        code_found=False,
        passes=False,
    ),
    _row(
        "u-go-extra-import-used",
        "Go/29",
        "harness",
        "```go\npackage main\n\nimport \"strings\"\n\nfunc FilterByPrefix(strs []string,prefix string) []string {\n    out := []string{}\n    for _, s := range strs {\n        if strings.HasPrefix(s, prefix) {\n            out = append(out, s)\n        }\n    }\n    return out\n}\n```",
        "    return FilterByPrefix__codem(strings, prefix)\n}\n\nfunc FilterByPrefix__codem(strs []string,prefix string) []string {\n    out := []string{}\n    for _, s := range strs {\n        if strings.HasPrefix(s, prefix) {\n            out = append(out, s)\n        }\n    }\n    return out\n}\n",
        expected_imports=['import "strings"'],
    ),
    _row(
        "u-go-own-test-func",
        "Go/53",
        "harness",
        "```go\npackage main\n\nimport \"testing\"\n\nfunc Add(x int, y int) int {\n    return x + y\n}\n\nfunc TestAdd(t *testing.T) {\n    if Add(2, 3) != 5 {\n        t.Fatal(\"want 5\")\n    }\n}\n```",
        "    return x + y\n}\n",
    ),
]

UNSEEN = PY + JS + TS + C + CPP + JAVA + GO
