//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
values is the list written as text, items separated by commas, e.g. "4, {}, 23.2, 9, 'adasd'".
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *size.
//@@ signature
int *filter_integers(const char *values, int *size) {
//@@ solution
    int *out = malloc((strlen(values) + 1) * sizeof(int));
    int count = 0;
    const char *start = values;
    char *end;
    while (*start) {
        while (*start && !isdigit(*start) && *start != '-') {
            start++;
        }
        if (!*start) {
            break;
        }
        int val = (int) strtol(start, &end, 10);
        if (start != end && (*end == ',' || *end == '\0')) {
            out[count++] = val;
        } else {
            while (*end && *end != ',') {
                end++;
            }
        }
        start = end;
    }
    *size = count;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int n = -1; int *r = filter_integers("", &n); assert(n == 0); free(r); }
    { int n = -1; int *r = filter_integers("4, {}, 23.2, 9, 'adasd'", &n); assert(n == 2); assert(r[0] == 4); assert(r[1] == 9); free(r); }
    { int n = -1; int *r = filter_integers("3, 'c', 3, 3, 'a', 'b'", &n); assert(n == 3); assert(r[0] == 3); assert(r[1] == 3); assert(r[2] == 3); free(r); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed filter_integers.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: C has no list of any values: values are given as their Python-style text, comma-separated (LLM4Decompile's design); test by hand from the C++ test with the same values as text.
Hand (C conventions): result malloc'd (LLM4Decompile returned static storage).
Hand (C conventions): the test frees what it receives.
