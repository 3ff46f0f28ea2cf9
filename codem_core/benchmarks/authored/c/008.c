//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *numbers.
//@@ signature
void sum_product(int *numbers, int size, int *result) {
//@@ solution
    int sum = 0, product = 1;
    for (int i = 0; i < size; i++) {
        sum += numbers[i];
        product *= numbers[i];
    }
    result[0] = sum;
    result[1] = product;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        int out[1024] = {0};
        sum_product(a0, 0, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
    }
    {
        int a0[] = {1, 1, 1};
        int out[1024] = {0};
        sum_product(a0, 3, out);
        assert(out[0] == 3);
        assert(out[1] == 1);
    }
    {
        int a0[] = {100, 0};
        int out[1024] = {0};
        sum_product(a0, 2, out);
        assert(out[0] == 100);
        assert(out[1] == 0);
    }
    {
        int a0[] = {3, 5, 7};
        int out[1024] = {0};
        sum_product(a0, 3, out);
        assert(out[0] == 15);
        assert(out[1] == 105);
    }
    {
        int a0[] = {10};
        int out[1024] = {0};
        sum_product(a0, 1, out);
        assert(out[0] == 10);
        assert(out[1] == 10);
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
        int a0[] = {0};
        int out[1024] = {0};
        sum_product(a0, 0, out);
        assert(out[0] == 0);
        assert(out[1] == 1);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int out[1024] = {0};
        sum_product(a0, 4, out);
        assert(out[0] == 10);
        assert(out[1] == 24);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sum_product.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
