//@@ header
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc (NULL when it is empty); the caller frees it.
The number of elements of the result (2, or 0) is stored in *out_len.
//@@ signature
int *pluck(const int *arr, int length, int *out_len) {
//@@ solution
    int smallestEven = INT_MAX;
    int index = -1;

    for (int i = 0; i < length; ++i) {
        if (arr[i] % 2 == 0 && (arr[i] < smallestEven || index == -1)) {
            smallestEven = arr[i];
            index = i;
        }
    }

    if (index == -1) {
        *out_len = 0;
        return NULL;
    }

    int *out = malloc(2 * sizeof(int));
    out[0] = smallestEven;
    out[1] = index;
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
        int a0[] = {4, 2, 3};
        int n = -1;
        int *r = pluck(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {1, 2, 3};
        int n = -1;
        int *r = pluck(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = pluck(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {5, 0, 3, 0, 4, 2};
        int n = -1;
        int *r = pluck(a0, 6, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 0, 5, 3};
        int n = -1;
        int *r = pluck(a0, 6, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 3);
        free(r);
    }
    {
        int a0[] = {5, 4, 8, 4, 8};
        int n = -1;
        int *r = pluck(a0, 5, &n);
        assert(n == 2);
        assert(r[0] == 4);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {7, 6, 7, 1};
        int n = -1;
        int *r = pluck(a0, 4, &n);
        assert(n == 2);
        assert(r[0] == 6);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {7, 9, 7, 1};
        int n = -1;
        int *r = pluck(a0, 4, &n);
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
        int a0[] = {4, 2, 3};
        int n = -1;
        int *r = pluck(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {1, 2, 3};
        int n = -1;
        int *r = pluck(a0, 3, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 1);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = pluck(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {5, 0, 3, 0, 4, 2};
        int n = -1;
        int *r = pluck(a0, 6, &n);
        assert(n == 2);
        assert(r[0] == 0);
        assert(r[1] == 1);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed pluck.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer output[2] -> returned malloc'd array + out_len.
