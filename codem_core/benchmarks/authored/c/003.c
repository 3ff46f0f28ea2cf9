//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int below_zero(int operations[], int size) {
//@@ solution
    int num = 0;
    for (int i = 0; i < size; i++) {
        num += operations[i];
        if (num < 0) return 1;
    }
    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        assert(below_zero(a0, 0) == 0);
    }
    {
        int a0[] = {1, 2, -3, 1, 2, -3};
        assert(below_zero(a0, 6) == 0);
    }
    {
        int a0[] = {1, 2, -4, 5, 6};
        assert(below_zero(a0, 5) == 1);
    }
    {
        int a0[] = {1, -1, 2, -2, 5, -5, 4, -4};
        assert(below_zero(a0, 8) == 0);
    }
    {
        int a0[] = {1, -1, 2, -2, 5, -5, 4, -5};
        assert(below_zero(a0, 8) == 1);
    }
    {
        int a0[] = {1, -2, 2, -2, 5, -5, 4, -4};
        assert(below_zero(a0, 8) == 1);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3};
        assert(below_zero(a0, 3) == 0);
    }
    {
        int a0[] = {1, 2, -4, 5};
        assert(below_zero(a0, 4) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed below_zero.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
