//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
Each interval is passed as its start and end. Returns the string constant "YES" or "NO"; the caller does not free it.
//@@ signature
const char* intersection(int interval1_start, int interval1_end, int interval2_start, int interval2_end) {
//@@ solution
    int inter1, inter2, l, i;
    inter1 = interval1_start > interval2_start ? interval1_start : interval2_start;
    inter2 = interval1_end < interval2_end ? interval1_end : interval2_end;
    l = inter2 - inter1;
    
    if (l < 2) return "NO";
    
    for (i = 2; i * i <= l; i++)
        if (l % i == 0) return "NO";
    
    return "YES";
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    assert(strcmp(intersection(1, 2, 2, 3), "NO") == 0);
    assert(strcmp(intersection(-1, 1, 0, 4), "NO") == 0);
    assert(strcmp(intersection(-3, -1, -5, 5), "YES") == 0);
    assert(strcmp(intersection(-2, 2, -4, 0), "YES") == 0);
    assert(strcmp(intersection(-11, 2, -1, -1), "NO") == 0);
    assert(strcmp(intersection(1, 2, 3, 5), "NO") == 0);
    assert(strcmp(intersection(1, 2, 1, 2), "NO") == 0);
    assert(strcmp(intersection(-2, -2, -3, -2), "NO") == 0);
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed intersection.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand: intervals are passed as four ints.
