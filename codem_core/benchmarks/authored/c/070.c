//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
int *strange_sort_list(const int *lst, int size, int *out_len) {
//@@ solution
    int *s = malloc((size > 0 ? size : 1) * sizeof(int));
    int *out = malloc((size > 0 ? size : 1) * sizeof(int));
    for (int i = 0; i < size; i++) s[i] = lst[i];
    for (int i = 0; i < size - 1; i++) {
        for (int j = i + 1; j < size; j++) {
            if (s[i] > s[j]) {
                int temp = s[i];
                s[i] = s[j];
                s[j] = temp;
            }
        }
    }

    int l = 0, r = size - 1;
    int index = 0;

    while (l <= r) {
        if (l == r) {
            out[index++] = s[l++];
        } else {
            out[index++] = s[l++];
            out[index++] = s[r--];
        }
    }
    free(s);
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
        int a0[] = {1, 2, 3, 4};
        int n = -1;
        int *r = strange_sort_list(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 4);
        assert(r[2] == 2);
        assert(r[3] == 3);
        free(r);
    }
    {
        int a0[] = {5, 6, 7, 8, 9};
        int n = -1;
        int *r = strange_sort_list(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 5);
        assert(r[1] == 9);
        assert(r[2] == 6);
        assert(r[3] == 8);
        assert(r[4] == 7);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4, 5};
        int n = -1;
        int *r = strange_sort_list(a0, 5, &n);
        assert(n == 5);
        assert(r[0] == 1);
        assert(r[1] == 5);
        assert(r[2] == 2);
        assert(r[3] == 4);
        assert(r[4] == 3);
        free(r);
    }
    {
        int a0[] = {5, 6, 7, 8, 9, 1};
        int n = -1;
        int *r = strange_sort_list(a0, 6, &n);
        assert(n == 6);
        assert(r[0] == 1);
        assert(r[1] == 9);
        assert(r[2] == 5);
        assert(r[3] == 8);
        assert(r[4] == 6);
        assert(r[5] == 7);
        free(r);
    }
    {
        int a0[] = {5, 5, 5, 5};
        int n = -1;
        int *r = strange_sort_list(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 5);
        assert(r[1] == 5);
        assert(r[2] == 5);
        assert(r[3] == 5);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = strange_sort_list(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6, 7, 8};
        int n = -1;
        int *r = strange_sort_list(a0, 8, &n);
        assert(n == 8);
        assert(r[0] == 1);
        assert(r[1] == 8);
        assert(r[2] == 2);
        assert(r[3] == 7);
        assert(r[4] == 3);
        assert(r[5] == 6);
        assert(r[6] == 4);
        assert(r[7] == 5);
        free(r);
    }
    {
        int a0[] = {0, 2, 2, 2, 5, 5, -5, -5};
        int n = -1;
        int *r = strange_sort_list(a0, 8, &n);
        assert(n == 8);
        assert(r[0] == -5);
        assert(r[1] == 5);
        assert(r[2] == -5);
        assert(r[3] == 5);
        assert(r[4] == 0);
        assert(r[5] == 2);
        assert(r[6] == 2);
        assert(r[7] == 2);
        free(r);
    }
    {
        int a0[] = {111111};
        int n = -1;
        int *r = strange_sort_list(a0, 1, &n);
        assert(n == 1);
        assert(r[0] == 111111);
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
        int a0[] = {1, 2, 3, 4};
        int n = -1;
        int *r = strange_sort_list(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 1);
        assert(r[1] == 4);
        assert(r[2] == 2);
        assert(r[3] == 3);
        free(r);
    }
    {
        int a0[] = {5, 5, 5, 5};
        int n = -1;
        int *r = strange_sort_list(a0, 4, &n);
        assert(n == 4);
        assert(r[0] == 5);
        assert(r[1] == 5);
        assert(r[2] == 5);
        assert(r[3] == 5);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        int *r = strange_sort_list(a0, 0, &n);
        assert(n == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed strange_sort_list.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out (and the input sorted in place) -> returned malloc'd array + out_len.
