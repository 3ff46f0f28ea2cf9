//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int prod_signs(int *arr, int arr_size) {
//@@ solution
    if (arr_size == 0) return -32768;
    int sum = 0, prods = 1, i;
    for (i = 0; i < arr_size; i++) {
        sum += abs(arr[i]);
        if (arr[i] == 0) prods = 0;
        if (arr[i] < 0) prods = -prods;
    }
    return sum * prods;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 2, -4};
        assert(prod_signs(a0, 4) == -9);
    }
    {
        int a0[] = {0, 1};
        assert(prod_signs(a0, 2) == 0);
    }
    {
        int a0[] = {1, 1, 1, 2, 3, -1, 1};
        assert(prod_signs(a0, 7) == -10);
    }
    {
        int a0[] = {0};
        assert(prod_signs(a0, 0) == -32768);
    }
    {
        int a0[] = {2, 4, 1, 2, -1, -1, 9};
        assert(prod_signs(a0, 7) == 20);
    }
    {
        int a0[] = {-1, 1, -1, 1};
        assert(prod_signs(a0, 4) == 4);
    }
    {
        int a0[] = {-1, 1, 1, 1};
        assert(prod_signs(a0, 4) == -4);
    }
    {
        int a0[] = {-1, 1, 1, 0};
        assert(prod_signs(a0, 4) == 0);
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
        int a0[] = {1, 2, 2, -4};
        assert(prod_signs(a0, 4) == -9);
    }
    {
        int a0[] = {0, 1};
        assert(prod_signs(a0, 2) == 0);
    }
    {
        int a0[] = {0};
        assert(prod_signs(a0, 0) == -32768);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed prod_signs.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
