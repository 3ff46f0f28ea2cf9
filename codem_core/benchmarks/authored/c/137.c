//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
a and b are real numbers written as text; the decimal separator may be '.' or ','.
Returns a or b itself (the larger one), or the string constant "None" when they are equal; the caller does not free the result.
//@@ signature
const char *compare_one(const char *a, const char *b) {
//@@ solution
    char *end;
    char *a_modified = strdup(a);
    char *b_modified = strdup(b);

    // Replace ',' with '.' if present for atof conversion
    for (int i = 0; a_modified[i]; ++i) if (a_modified[i] == ',') a_modified[i] = '.';
    for (int i = 0; b_modified[i]; ++i) if (b_modified[i] == ',') b_modified[i] = '.';

    double numa = strtod(a_modified, &end);
    if (*end) { free(a_modified); free(b_modified); return "Invalid input"; } // Not a valid number
    double numb = strtod(b_modified, &end);
    if (*end) { free(a_modified); free(b_modified); return "Invalid input"; } // Not a valid number

    free(a_modified);
    free(b_modified);

    if (numa == numb) return "None";
    return numa > numb ? a : b;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    assert(strcmp(compare_one("1", "2"), "2") == 0);
    assert(strcmp(compare_one("1", "2.5"), "2.5") == 0);
    assert(strcmp(compare_one("2", "3"), "3") == 0);
    assert(strcmp(compare_one("5", "6"), "6") == 0);
    assert(strcmp(compare_one("1", "2,3"), "2,3") == 0);
    assert(strcmp(compare_one("5,1", "6"), "6") == 0);
    assert(strcmp(compare_one("1", "2"), "2") == 0);
    assert(strcmp(compare_one("1", "1"), "None") == 0);
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed compare_one.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: values are numbers written as text (C has no any type); test by hand from the C++ test with the same values as text; returns const char *.
