//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *maximum(const int *arr, int arr_size, int k, int *out_len) {
//@@ solution
    int *s = malloc((arr_size > 0 ? arr_size : 1) * sizeof(int));
    int *out = malloc((k > 0 ? k : 1) * sizeof(int));
    for (int i = 0; i < arr_size; i++) s[i] = arr[i];
    for (int i = 0; i < arr_size - 1; i++) {
        for (int j = 0; j < arr_size - i - 1; j++) {
            if (s[j] > s[j + 1]) {
                int temp = s[j];
                s[j] = s[j + 1];
                s[j + 1] = temp;
            }
        }
    }

    for (int i = 0; i < k; i++) {
        out[i] = s[arr_size - k + i];
    }
    free(s);
    *out_len = k;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {-3, -4, 5};
        int n = -1;
        int *r = maximum(a0, 3, 3, &n);
        assert(n == 3);
        assert(r[0] == -4);
        assert(r[1] == -3);
        assert(r[2] == 5);
        free(r);
    }
    {
        int a0[] = {4, -4, 4};
        int n = -1;
        int *r = maximum(a0, 3, 2, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 4);
        free(r);
    }
    {
        int a0[] = {-3, 2, 1, 2, -1, -2, 1};
        int n = -1;
        int *r = maximum(a0, 7, 1, &n);
        assert(n == 1);
        assert(r[0] == 2);
        free(r);
    }
    {
        int a0[] = {123, -123, 20, 0, 1, 2, -3};
        int n = -1;
        int *r = maximum(a0, 7, 3, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 20);
        assert(r[2] == 123);
        free(r);
    }
    {
        int a0[] = {-123, 20, 0, 1, 2, -3};
        int n = -1;
        int *r = maximum(a0, 6, 4, &n);
        assert(n == 4);
        assert(r[0] == 0);
        assert(r[1] == 1);
        assert(r[2] == 2);
        assert(r[3] == 20);
        free(r);
    }
    {
        int a0[] = {5, 15, 0, 3, -13, -8, 0};
        int n = -1;
        int *r = maximum(a0, 7, 7, &n);
        assert(n == 7);
        assert(r[0] == -13);
        assert(r[1] == -8);
        assert(r[2] == 0);
        assert(r[3] == 0);
        assert(r[4] == 3);
        assert(r[5] == 5);
        assert(r[6] == 15);
        free(r);
    }
    {
        int a0[] = {-1, 0, 2, 5, 3, -10};
        int n = -1;
        int *r = maximum(a0, 6, 2, &n);
        assert(n == 2);
        assert(r[0] == 3);
        assert(r[1] == 5);
        free(r);
    }
    {
        int a0[] = {1, 0, 5, -7};
        int n = -1;
        int *r = maximum(a0, 4, 1, &n);
        assert(n == 1);
        assert(r[0] == 5);
        free(r);
    }
    {
        int a0[] = {4, -4};
        int n = -1;
        int *r = maximum(a0, 2, 2, &n);
        assert(n == 2);
        assert(r[0] == -4);
        assert(r[1] == 4);
        free(r);
    }
    {
        int a0[] = {-10, 10};
        int n = -1;
        int *r = maximum(a0, 2, 2, &n);
        assert(n == 2);
        assert(r[0] == -10);
        assert(r[1] == 10);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, -23, 243, -400, 0};
        int n = -1;
        int *r = maximum(a0, 7, 0, &n);
        assert(n == 0);
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
        int a0[] = {-3, -4, 5};
        int n = -1;
        int *r = maximum(a0, 3, 3, &n);
        assert(n == 3);
        assert(r[0] == -4);
        assert(r[1] == -3);
        assert(r[2] == 5);
        free(r);
    }
    {
        int a0[] = {4, -4, 4};
        int n = -1;
        int *r = maximum(a0, 3, 2, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 4);
        free(r);
    }
    {
        int a0[] = {-3, 2, 1, 2, -1, -2, 1};
        int n = -1;
        int *r = maximum(a0, 7, 1, &n);
        assert(n == 1);
        assert(r[0] == 2);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed maximum.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out (and the input sorted in place) -> returned malloc'd array + out_len.
