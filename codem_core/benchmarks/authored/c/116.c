//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *sort_array(const int *arr, int size, int *out_len) {
//@@ solution
    int *out = malloc((size > 0 ? size : 1) * sizeof(int));
    int count_ones, x, y, temp;
    for (int i = 0; i < size; i++) out[i] = arr[i];
    for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
            count_ones = 0;
            x = abs(out[i]);
            y = abs(out[j]);
            while (x > 0) {
                count_ones += x & 1;
                x >>= 1;
            }
            x = count_ones;
            count_ones = 0;
            while (y > 0) {
                count_ones += y & 1;
                y >>= 1;
            }
            y = count_ones;
            if (y < x || (y == x && out[j] < out[i])) {
                temp = out[i];
                out[i] = out[j];
                out[j] = temp;
            }
        }
    }
    *out_len = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 5, 2, 3, 4};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 4);
        assert(r[3] == 3);
        assert(r[4] == 5);
        free(r);
    }
    {
        int a0[] = {-2, -3, -4, -5, -6};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == -4);
        assert(r[1] == -2);
        assert(r[2] == -6);
        assert(r[3] == -5);
        assert(r[4] == -3);
        free(r);
    }
    {
        int a0[] = {1, 0, 2, 3, 4};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 0);
        assert(r[1] == 1);
        assert(r[2] == 2);
        assert(r[3] == 4);
        assert(r[4] == 3);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = sort_array(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {2, 5, 77, 4, 5, 3, 5, 7, 2, 3, 4};
        int n = -1;
        int *r = sort_array(a0, 11, &n);
        assert(n == 11);
        assert(r[0] == 2);
        assert(r[1] == 2);
        assert(r[2] == 4);
        assert(r[3] == 4);
        assert(r[4] == 3);
        assert(r[5] == 3);
        assert(r[6] == 5);
        assert(r[7] == 5);
        assert(r[8] == 5);
        assert(r[9] == 7);
        assert(r[10] == 77);
        free(r);
    }
    {
        int a0[] = {3, 6, 44, 12, 32, 5};
        int n = -1;
        int *r = sort_array(a0, 6, &n);
        assert(n == 6);
        assert(r[0] == 32);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 6);
        assert(r[4] == 12);
        assert(r[5] == 44);
        free(r);
    }
    {
        int a0[] = {2, 4, 8, 16, 32};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 8);
        assert(r[3] == 16);
        assert(r[4] == 32);
        free(r);
    }
    {
        int a0[] = {2, 4, 8, 16, 32};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 2);
        assert(r[1] == 4);
        assert(r[2] == 8);
        assert(r[3] == 16);
        assert(r[4] == 32);
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
        int a0[] = {1, 5, 2, 3, 4};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 2);
        assert(r[2] == 4);
        assert(r[3] == 3);
        assert(r[4] == 5);
        free(r);
    }
    {
        int a0[] = {-2, -3, -4, -5, -6};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == -4);
        assert(r[1] == -2);
        assert(r[2] == -6);
        assert(r[3] == -5);
        assert(r[4] == -3);
        free(r);
    }
    {
        int a0[] = {1, 0, 2, 3, 4};
        int n = -1;
        int *r = sort_array(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 0);
        assert(r[1] == 1);
        assert(r[2] == 2);
        assert(r[3] == 4);
        assert(r[4] == 3);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_array.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: ones are counted in |x| (HumanEval's bin() of a negative number); the solution looped forever-free but sorted negatives wrongly.
Hand (C conventions): in place -> returned malloc'd array + out_len (the input is const).
