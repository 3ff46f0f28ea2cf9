//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array {sum, product} is allocated with malloc; the caller frees it.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
int *sum_product(const int *numbers, int size, int *out_len) {
//@@ solution
    int sum = 0, product = 1;
    for (int i = 0; i < size; i++) {
        sum += numbers[i];
        product *= numbers[i];
    }
    int *out = malloc(2 * sizeof(int));
    out[0] = sum;
    out[1] = product;
    *out_len = 2;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        int n = -1;
        int *r = sum_product(a0, 0, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {1, 1, 1};
        int n = -1;
        int *r = sum_product(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 3);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {100, 0};
        int n = -1;
        int *r = sum_product(a0, 2, &n);
        assert(n == 2);
        assert(r[0] == 100);
        assert(r[1] == 0);
        free(r);
    }
    {
        int a0[] = {3, 5, 7};
        int n = -1;
        int *r = sum_product(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 15);
        assert(r[1] == 105);
        free(r);
    }
    {
        int a0[] = {10};
        int n = -1;
        int *r = sum_product(a0, 1, &n);
        assert(n == 2);
        assert(r[0] == 10);
        assert(r[1] == 10);
        free(r);
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
        int n = -1;
        int *r = sum_product(a0, 0, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int n = -1;
        int *r = sum_product(a0, 4, &n);
        assert(n == 2);
        assert(r[0] == 10);
        assert(r[1] == 24);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sum_product.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer result[2] -> returned malloc'd array + out_len.
