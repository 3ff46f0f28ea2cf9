//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *new_size.
//@@ signature
int* remove_duplicates(int* numbers, int size, int* new_size) {
//@@ solution
    int* out = (int*)malloc(size * sizeof(int));
    int* has1 = (int*)calloc(size, sizeof(int));
    int* has2 = (int*)calloc(size, sizeof(int));
    int has1_count = 0;
    int has2_count = 0;
    int out_count = 0;

    for (int i = 0; i < size; i++) {
        int num = numbers[i];
        int in_has2 = 0;

        for (int j = 0; j < has2_count; j++) {
            if (has2[j] == num) {
                in_has2 = 1;
                break;
            }
        }
        if (in_has2) continue;

        int in_has1 = 0;
        for (int j = 0; j < has1_count; j++) {
            if (has1[j] == num) {
                in_has1 = 1;
                break;
            }
        }
        if (in_has1) {
            has2[has2_count++] = num;
        } else {
            has1[has1_count++] = num;
        }
    }

    for (int i = 0; i < size; i++) {
        int num = numbers[i];
        int in_has2 = 0;
        for (int j = 0; j < has2_count; j++) {
            if (has2[j] == num) {
                in_has2 = 1;
                break;
            }
        }
        if (!in_has2) {
            out[out_count++] = num;
        }
    }

    *new_size = out_count;
    free(has1);
    free(has2);
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
        int *r = remove_duplicates(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4};
        int n = -1;
        int *r = remove_duplicates(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 4);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 2, 4, 3, 5};
        int n = -1;
        int *r = remove_duplicates(a0, 7, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 4);
        assert(r[2] == 5);
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
        int a0[] = {1, 2, 3, 2, 4};
        int n = -1;
        int *r = remove_duplicates(a0, 5, &n);
        assert(n == 3);
        assert(r[0] == 1);
        assert(r[1] == 3);
        assert(r[2] == 4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed remove_duplicates.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): doc no longer names *numbers as an output.
