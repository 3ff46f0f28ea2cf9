//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *out_size.
//@@ signature
void sort_array(int *array, int size, int **out_array, int *out_size) {
//@@ solution
    *out_size = size;
    if (size == 0) {
        *out_array = NULL;
        return;
    }

    *out_array = (int *)malloc(sizeof(int) * size);
    if (*out_array == NULL) {
        exit(1);
    }

    for (int i = 0; i < size; i++) {
        (*out_array)[i] = array[i];
    }

    int shouldSortAscending = (array[0] + array[size - 1]) % 2 == 1;

    for (int i = 0; i < size - 1; i++) {
        for (int j = i + 1; j < size; j++) {
            if (shouldSortAscending) {
                if ((*out_array)[i] > (*out_array)[j]) {
                    int temp = (*out_array)[i];
                    (*out_array)[i] = (*out_array)[j];
                    (*out_array)[j] = temp;
                }
            } else {
                if ((*out_array)[i] < (*out_array)[j]) {
                    int temp = (*out_array)[i];
                    (*out_array)[i] = (*out_array)[j];
                    (*out_array)[j] = temp;
                }
            }
        }
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {0};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 0, &out, &n);
        assert(n == 0);
    }
    {
        int a0[] = {5};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 1, &out, &n);
        assert(n == 1);
        assert(out[0] == 5);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 6, &out, &n);
        assert(n == 6);
        assert(out[0] == 0);
        assert(out[1] == 1);
        assert(out[2] == 2);
        assert(out[3] == 3);
        assert(out[4] == 4);
        assert(out[5] == 5);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5, 6};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 7, &out, &n);
        assert(n == 7);
        assert(out[0] == 6);
        assert(out[1] == 5);
        assert(out[2] == 4);
        assert(out[3] == 3);
        assert(out[4] == 2);
        assert(out[5] == 1);
        assert(out[6] == 0);
    }
    {
        int a0[] = {2, 1};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 2, &out, &n);
        assert(n == 2);
        assert(out[0] == 1);
        assert(out[1] == 2);
    }
    {
        int a0[] = {15, 42, 87, 32, 11, 0};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 6, &out, &n);
        assert(n == 6);
        assert(out[0] == 0);
        assert(out[1] == 11);
        assert(out[2] == 15);
        assert(out[3] == 32);
        assert(out[4] == 42);
        assert(out[5] == 87);
    }
    {
        int a0[] = {21, 14, 23, 11};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 4, &out, &n);
        assert(n == 4);
        assert(out[0] == 23);
        assert(out[1] == 21);
        assert(out[2] == 14);
        assert(out[3] == 11);
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
        int *out = NULL;
        int n = -1;
        sort_array(a0, 0, &out, &n);
        assert(n == 0);
    }
    {
        int a0[] = {5};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 1, &out, &n);
        assert(n == 1);
        assert(out[0] == 5);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 6, &out, &n);
        assert(n == 6);
        assert(out[0] == 0);
        assert(out[1] == 1);
        assert(out[2] == 2);
        assert(out[3] == 3);
        assert(out[4] == 4);
        assert(out[5] == 5);
    }
    {
        int a0[] = {2, 4, 3, 0, 1, 5, 6};
        int *out = NULL;
        int n = -1;
        sort_array(a0, 7, &out, &n);
        assert(n == 7);
        assert(out[0] == 6);
        assert(out[1] == 5);
        assert(out[2] == 4);
        assert(out[3] == 3);
        assert(out[4] == 2);
        assert(out[5] == 1);
        assert(out[6] == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_array.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
