//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc (NULL when it is empty); the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *sort_array(const int *array, int size, int *out_len) {
//@@ solution
    *out_len = size;
    if (size == 0) {
        return NULL;
    }

    int *out = (int *)malloc(sizeof(int) * size);
    for (int i = 0; i < size; i++) {
        out[i] = array[i];
    }

    int shouldSortAscending = (array[0] + array[size - 1]) % 2 == 1;

    for (int i = 0; i < size - 1; i++) {
        for (int j = i + 1; j < size; j++) {
            if (shouldSortAscending ? out[i] > out[j] : out[i] < out[j]) {
                int temp = out[i];
                out[i] = out[j];
                out[j] = temp;
            }
        }
    }
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
        int *r = sort_array(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {5};
        int n = -1;
        int *r = sort_array(a0, 1, &n);
        assert(n == 1);
        assert(r[0] == 5);
        free(r);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5};
        int n = -1;
        int *r = sort_array(a0, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 1);
        assert(r[2] == 2);
        assert(r[3] == 3);
        assert(r[4] == 4);
        assert(r[5] == 5);
        free(r);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5, 6};
        int n = -1;
        int *r = sort_array(a0, 7, &n);
        assert(n == 7);
        assert(r[0] == 6);
        assert(r[1] == 5);
        assert(r[2] == 4);
        assert(r[3] == 3);
        assert(r[4] == 2);
        assert(r[5] == 1);
        assert(r[6] == 0);
        free(r);
    }
    {
        int a0[] = {2, 1};
        int n = -1;
        int *r = sort_array(a0, 2, &n);
        assert(n == 2);
        assert(r[0] == 1);
        assert(r[1] == 2);
        free(r);
    }
    {
        int a0[] = {15, 42, 87, 32, 11, 0};
        int n = -1;
        int *r = sort_array(a0, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 11);
        assert(r[2] == 15);
        assert(r[3] == 32);
        assert(r[4] == 42);
        assert(r[5] == 87);
        free(r);
    }
    {
        int a0[] = {21, 14, 23, 11};
        int n = -1;
        int *r = sort_array(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 23);
        assert(r[1] == 21);
        assert(r[2] == 14);
        assert(r[3] == 11);
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
        int *r = sort_array(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {5};
        int n = -1;
        int *r = sort_array(a0, 1, &n);
        assert(n == 1);
        assert(r[0] == 5);
        free(r);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5};
        int n = -1;
        int *r = sort_array(a0, 6, &n);
        assert(n == 6);
        assert(r[0] == 0);
        assert(r[1] == 1);
        assert(r[2] == 2);
        assert(r[3] == 3);
        assert(r[4] == 4);
        assert(r[5] == 5);
        free(r);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5, 6};
        int n = -1;
        int *r = sort_array(a0, 7, &n);
        assert(n == 7);
        assert(r[0] == 6);
        assert(r[1] == 5);
        assert(r[2] == 4);
        assert(r[3] == 3);
        assert(r[4] == 2);
        assert(r[5] == 1);
        assert(r[6] == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_array.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): int **out_array out-parameter -> returned malloc'd array + out_len.
