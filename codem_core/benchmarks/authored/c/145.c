//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *order_by_points(const int *nums, int size, int *out_len) {
//@@ solution
    int* sumdigit = (int*)malloc((size > 0 ? size : 1) * sizeof(int));
    int* out = (int*)malloc((size > 0 ? size : 1) * sizeof(int));
    for (int i = 0; i < size; i++) {
        char w[12]; // Assuming the integer won't exceed the length of an int in string form.
        sprintf(w, "%d", abs(nums[i]));
        int sum = 0, length = strlen(w);
        for (int j = 1; j < length; j++)
            sum += w[j] - '0';
        if (nums[i] > 0) sum += w[0] - '0';
        else sum -= w[0] - '0';
        sumdigit[i] = sum;
        out[i] = nums[i];
    }
    int m;
    for (int i = 0; i < size; i++)
        for (int j = 1; j < size; j++)
            if (sumdigit[j - 1] > sumdigit[j]) {
                m = sumdigit[j]; sumdigit[j] = sumdigit[j - 1]; sumdigit[j - 1] = m;
                m = out[j]; out[j] = out[j - 1]; out[j - 1] = m;
            }

    free(sumdigit);
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
        int a0[] = {1, 11, -1, -11, -12};
        int n = -1;
        int *r = order_by_points(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == -1);
        assert(r[1] == -11);
        assert(r[2] == 1);
        assert(r[3] == -12);
        assert(r[4] == 11);
        free(r);
    }
    {
        int a0[] = {1234, 423, 463, 145, 2, 423, 423, 53, 6, 37, 3457, 3, 56, 0, 46};
        int n = -1;
        int *r = order_by_points(a0, 15, &n);
        assert(n == 15);
        assert(r[0] == 0);
        assert(r[1] == 2);
        assert(r[2] == 3);
        assert(r[3] == 6);
        assert(r[4] == 53);
        assert(r[5] == 423);
        assert(r[6] == 423);
        assert(r[7] == 423);
        assert(r[8] == 1234);
        assert(r[9] == 145);
        assert(r[10] == 37);
        assert(r[11] == 46);
        assert(r[12] == 56);
        assert(r[13] == 463);
        assert(r[14] == 3457);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = order_by_points(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {1, -11, -32, 43, 54, -98, 2, -3};
        int n = -1;
        int *r = order_by_points(a0, 8, &n);
        assert(n == 8);
        assert(r[0] == -3);
        assert(r[1] == -32);
        assert(r[2] == -98);
        assert(r[3] == -11);
        assert(r[4] == 1);
        assert(r[5] == 2);
        assert(r[6] == 43);
        assert(r[7] == 54);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        int n = -1;
        int *r = order_by_points(a0, 11, &n);
        assert(n == 11);
        assert(r[0] == 1);
        assert(r[1] == 10);
        assert(r[2] == 2);
        assert(r[3] == 11);
        assert(r[4] == 3);
        assert(r[5] == 4);
        assert(r[6] == 5);
        assert(r[7] == 6);
        assert(r[8] == 7);
        assert(r[9] == 8);
        assert(r[10] == 9);
        free(r);
    }
    {
        int a0[] = {0, 6, 6, -76, -21, 23, 4};
        int n = -1;
        int *r = order_by_points(a0, 7, &n);
        assert(n == 7);
        assert(r[0] == -76);
        assert(r[1] == -21);
        assert(r[2] == 0);
        assert(r[3] == 4);
        assert(r[4] == 23);
        assert(r[5] == 6);
        assert(r[6] == 6);
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
        int a0[] = {1, 11, -1, -11, -12};
        int n = -1;
        int *r = order_by_points(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == -1);
        assert(r[1] == -11);
        assert(r[2] == 1);
        assert(r[3] == -12);
        assert(r[4] == 11);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = order_by_points(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed order_by_points.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): out_len added; returns a malloc'd array (LLM4Decompile sorted the input in place and returned it).
