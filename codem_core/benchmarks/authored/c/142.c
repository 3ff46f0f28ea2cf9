//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int sum_squares(int* lst, int size) {
//@@ solution
    int sum = 0;
    for (int i = 0; i < size; i++) {
        if (i % 3 == 0) sum += lst[i] * lst[i];
        else if (i % 4 == 0) sum += lst[i] * lst[i] * lst[i];
        else sum += lst[i];
    }
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3};
        assert(sum_squares(a0, 3) == 6);
    }
    {
        int a0[] = {1, 4, 9};
        assert(sum_squares(a0, 3) == 14);
    }
    {
        int a0[] = {0};
        assert(sum_squares(a0, 0) == 0);
    }
    {
        int a0[] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        assert(sum_squares(a0, 9) == 9);
    }
    {
        int a0[] = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
        assert(sum_squares(a0, 9) == -3);
    }
    {
        int a0[] = {0};
        assert(sum_squares(a0, 1) == 0);
    }
    {
        int a0[] = {-1, -5, 2, -1, -5};
        assert(sum_squares(a0, 5) == -126);
    }
    {
        int a0[] = {-56, -99, 1, 0, -2};
        assert(sum_squares(a0, 5) == 3030);
    }
    {
        int a0[] = {-1, 0, 0, 0, 0, 0, 0, 0, -1};
        assert(sum_squares(a0, 9) == 0);
    }
    {
        int a0[] = {-16, -9, -2, 36, 36, 26, -20, 25, -40, 20, -4, 12, -26, 35, 37};
        assert(sum_squares(a0, 15) == -14196);
    }
    {
        int a0[] = {-1, -3, 17, -1, -15, 13, -1, 14, -14, -12, -5, 14, -14, 6, 13, 11, 16, 16, 4, 10};
        assert(sum_squares(a0, 20) == -1448);
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
        assert(sum_squares(a0, 3) == 6);
    }
    {
        int a0[] = {0};
        assert(sum_squares(a0, 0) == 0);
    }
    {
        int a0[] = {-1, -5, 2, -1, -5};
        assert(sum_squares(a0, 5) == -126);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sum_squares.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
