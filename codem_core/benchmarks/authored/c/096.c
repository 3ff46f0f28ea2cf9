//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *count.
//@@ signature
int *count_up_to(int n, int *count) {
//@@ solution
    int *out = malloc(n * sizeof(int));
    *count = 0;
    int i, j, isp, k;

    for (i = 2; i < n; i++) {
        isp = 1;
        for (j = 0; j < *count; j++) {
            k = out[j];
            if (k * k > i) break;
            if (i % k == 0) {
                isp = 0;
                break;
            }
        }
        if (isp) {
            out[*count] = i;
            (*count)++;
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
        int n = -1;
        int *r = count_up_to(5, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(6, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(7, &n);
        assert(n == 3);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(10, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(22, &n);
        assert(n == 8);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        assert(r[4] == 11);
        assert(r[5] == 13);
        assert(r[6] == 17);
        assert(r[7] == 19);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(1, &n);
        assert(n == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(18, &n);
        assert(n == 7);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        assert(r[4] == 11);
        assert(r[5] == 13);
        assert(r[6] == 17);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(47, &n);
        assert(n == 14);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        assert(r[4] == 11);
        assert(r[5] == 13);
        assert(r[6] == 17);
        assert(r[7] == 19);
        assert(r[8] == 23);
        assert(r[9] == 29);
        assert(r[10] == 31);
        assert(r[11] == 37);
        assert(r[12] == 41);
        assert(r[13] == 43);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(101, &n);
        assert(n == 25);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        assert(r[4] == 11);
        assert(r[5] == 13);
        assert(r[6] == 17);
        assert(r[7] == 19);
        assert(r[8] == 23);
        assert(r[9] == 29);
        assert(r[10] == 31);
        assert(r[11] == 37);
        assert(r[12] == 41);
        assert(r[13] == 43);
        assert(r[14] == 47);
        assert(r[15] == 53);
        assert(r[16] == 59);
        assert(r[17] == 61);
        assert(r[18] == 67);
        assert(r[19] == 71);
        assert(r[20] == 73);
        assert(r[21] == 79);
        assert(r[22] == 83);
        assert(r[23] == 89);
        assert(r[24] == 97);
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
        int n = -1;
        int *r = count_up_to(5, &n);
        assert(n == 2);
        assert(r[0] == 2);
        assert(r[1] == 3);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(11, &n);
        assert(n == 4);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(20, &n);
        assert(n == 8);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        assert(r[4] == 11);
        assert(r[5] == 13);
        assert(r[6] == 17);
        assert(r[7] == 19);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(1, &n);
        assert(n == 0);
        free(r);
    }
    {
        int n = -1;
        int *r = count_up_to(18, &n);
        assert(n == 7);
        assert(r[0] == 2);
        assert(r[1] == 3);
        assert(r[2] == 5);
        assert(r[3] == 7);
        assert(r[4] == 11);
        assert(r[5] == 13);
        assert(r[6] == 17);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed count_up_to.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
